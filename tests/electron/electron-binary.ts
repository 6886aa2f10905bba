import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const electronPackage = resolve(__dirname, '../../node_modules/electron')

/**
 * The Electron executable, or the reason it is not there. Reads the install marker directly:
 * requiring the `electron` package would start a download where the binary is missing.
 */
export function findElectron(): { path: string } | { missing: string } {
  const marker = join(electronPackage, 'path.txt')
  if (!existsSync(marker)) {
    return {
      missing:
        'The Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and no internet to fetch it). These tests run on machines where `npm install` downloaded Electron.',
    }
  }
  const path = join(electronPackage, 'dist', readFileSync(marker, 'utf8').trim())
  if (!existsSync(path))
    return { missing: `Electron's install marker points at ${path}, which does not exist.` }
  if (!existsSync(resolve(__dirname, '../../out/main/index.js'))) {
    return { missing: 'The app is not built; run `npm run build` first.' }
  }
  return { path }
}
