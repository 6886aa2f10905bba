import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createCatalogueSet } from '../../electron/shared/i18n/catalogue-set'
import type { Messages } from '../../electron/shared/i18n/message-key'

export const LOCALES_FOLDER = resolve(__dirname, '../../locales')

/** Every catalogue file in locales/, read from disk: for code that runs outside Vite (Playwright). */
export function cataloguesOnDisk(): Record<string, Messages> {
  const files: Record<string, Messages> = {}
  for (const name of readdirSync(LOCALES_FOLDER)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    files[name] = JSON.parse(readFileSync(join(LOCALES_FOLDER, name), 'utf8')) as Messages
  }
  return files
}

export const diskCatalogueSet = () => createCatalogueSet(cataloguesOnDisk())
