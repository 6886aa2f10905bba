import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import type { QuietSource } from '../../reminders/quiet-source'
import { runCommand } from '../run-command'
import { createLinuxQuietSource } from './linux-quiet-source'
import { createMacQuietSource } from './mac-quiet-source'
import { ownX11WindowIds, type NativeWindow } from './own-windows'
import { procReader } from './proc-reader'
import { createWindowsQuietSource } from './windows-quiet-source'

/**
 * The platform's quiet-time signals. Linux reads D-Bus/gsettings, PulseAudio/PipeWire, /proc
 * and X11; Windows reads camera and microphone use from the registry; macOS reads the app in
 * front (lsappinfo) and Focus (its assertions file, or `defaults` before macOS 12).
 * `ownWindows` lists Loosen's own windows, which never count as another app in front.
 */
export function quietSourceFor(
  platform: string,
  ownWindows: () => readonly NativeWindow[] = () => [],
): QuietSource | undefined {
  if (platform === 'win32') return createWindowsQuietSource(runCommand)
  if (platform === 'darwin') {
    return createMacQuietSource({
      run: runCommand,
      readText: (path) => readFile(path, 'utf8').catch(() => null),
      home: homedir(),
    })
  }
  if (platform !== 'linux') return undefined
  return createLinuxQuietSource({
    run: runCommand,
    proc: procReader,
    ownPid: process.pid,
    ownWindowIds: ownX11WindowIds(ownWindows),
  })
}
