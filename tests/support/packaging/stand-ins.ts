// What electron-builder needs from the internet to package Loosen for Linux, made locally:
// an Electron distribution (a stand-in binary carrying a real fuse wire) and recording fakes
// of the AppImage toolset (mksquashfs, runtime) and of fpm. Nothing here is downloaded.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const requireFromBuilder = createRequire(
  createRequire(__filename).resolve('app-builder-lib/package.json'),
)

/** @electron/fuses as electron-builder itself loads it (its dependency, not a guess at hoisting). */
export function electronFuses(): typeof import('@electron/fuses') {
  return requireFromBuilder('@electron/fuses') as typeof import('@electron/fuses')
}

/** The wire's marker and byte values, which @electron/fuses' entry point does not re-export. */
export function fuseConstants(): {
  SENTINEL: string
  FuseState: { DISABLE: number; ENABLE: number; REMOVED: number; INHERIT: number }
} {
  return requireFromBuilder('@electron/fuses/dist/constants') as ReturnType<typeof fuseConstants>
}

/** @electron/asar as electron-builder itself loads it. */
export function electronAsar(): typeof import('@electron/asar') {
  return requireFromBuilder('@electron/asar') as typeof import('@electron/asar')
}

/**
 * The fuse wire Electron 45 ships with, in @electron/fuses' order (RunAsNode, cookie
 * encryption, NODE_OPTIONS, --inspect, ASAR integrity, only load from ASAR, browser V8
 * snapshot, file: privileges): '1' is on, '0' off.
 */
export const ELECTRON_DEFAULT_FUSES = '10110001'

export interface StandInElectron {
  folder: string
  /** The stand-in binary, named `electron` as in Electron's Linux zip. */
  binary: string
  /** The bytes the stand-in prints when run, so a test can tell it started. */
  greeting: string
}

/**
 * An unpacked "Electron for Linux" that electron-builder accepts as `electronDist`: the
 * `electron` executable (here a shell script), Electron's LICENSE and version files and an empty
 * resources folder. The script holds @electron/fuses' sentinel followed by a version-1 wire of
 * eight fuses with Electron's defaults, in a comment line, so electron-builder's fuse step finds
 * and flips it exactly as in the real binary, and a test can read the wire back.
 */
export function makeStandInElectron(folder: string): StandInElectron {
  const { FuseVersion } = electronFuses()
  const { SENTINEL: sentinel } = fuseConstants()
  mkdirSync(join(folder, 'resources'), { recursive: true })
  const greeting = 'Loosen packaging stand-in for Electron'
  const wire = Buffer.concat([
    Buffer.from(`# fuses ${sentinel}`, 'latin1'),
    Buffer.from([Number(FuseVersion.V1), ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1'),
    Buffer.from('\n', 'latin1'),
  ])
  const binary = join(folder, 'electron')
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\n', 'latin1'),
      wire,
      Buffer.from(`echo '${greeting}'\n`, 'latin1'),
    ]),
  )
  chmodSync(binary, 0o755)
  writeFileSync(join(folder, 'LICENSE'), 'Stand-in for the Electron license file.\n')
  writeFileSync(join(folder, 'LICENSES.chromium.html'), '<p>Stand-in.</p>\n')
  writeFileSync(join(folder, 'version'), '45.4.1')
  return { folder, binary, greeting }
}

function script(file: string, body: string): string {
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return file
}

export interface FakeTools {
  /** For APPIMAGE_TOOLS_PATH: the static-runtime toolset layout electron-builder expects. */
  appImageTools: string
  /** For CUSTOM_FPM_PATH. */
  fpm: string
  /** Where the fakes write what they were given. */
  log: string
  /** The stand-in AppImage runtime's bytes (its length is the squashfs offset). */
  runtime: string
}

/**
 * Recording fakes of the tools electron-builder would download for the AppImage (static
 * runtime) and deb targets. mksquashfs copies the AppDir it was asked to pack into the log
 * folder and writes a placeholder image; fpm saves its arguments (NUL-separated) and the
 * .desktop file it was asked to install, and writes a placeholder package.
 */
export function makeFakeTools(folder: string, arch: string): FakeTools {
  const log = join(folder, 'log')
  const tools = join(folder, 'appimage-tools')
  const runtimeArch = arch === 'arm64' ? 'arm64' : arch === 'ia32' ? 'ia32' : 'x64'
  mkdirSync(log, { recursive: true })
  mkdirSync(join(tools, 'runtimes'), { recursive: true })
  mkdirSync(join(tools, 'lib', runtimeArch), { recursive: true })
  const runtime = 'stand-in AppImage static runtime\n'
  writeFileSync(join(tools, 'runtimes', `runtime-${runtimeArch}`), runtime)
  writeFileSync(join(tools, 'lib', runtimeArch, 'stand-in.txt'), 'stand-in runtime library\n')
  script(
    join(tools, 'mksquashfs'),
    `printf '%s\\0' "$@" > '${log}/mksquashfs.args'
cp -a "$1" '${log}/appimage-stage'
printf 'stand-in squashfs image' > "$2"`,
  )
  const validator = '/usr/bin/desktop-file-validate'
  script(
    join(tools, 'desktop-file-validate'),
    existsSync(validator) ? `exec ${validator} "$@"` : 'exit 0',
  )
  const fpm = script(
    join(folder, 'fpm'),
    `previous=''
for arg in "$@"; do
  printf '%s\\0' "$arg" >> '${log}/fpm.args'
  case "$arg" in
    *=/usr/share/applications/*.desktop) cp "\${arg%%=*}" '${log}/deb.desktop' ;;
  esac
  if [ "$previous" = --package ]; then printf 'stand-in deb' > "$arg"; fi
  previous="$arg"
done`,
  )
  return { appImageTools: tools, fpm, log, runtime }
}
