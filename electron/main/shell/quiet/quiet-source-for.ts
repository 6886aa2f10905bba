import type { QuietSource } from '../../reminders/quiet-source'
import { runCommand } from '../run-command'
import { createLinuxQuietSource } from './linux-quiet-source'
import { procReader } from './proc-reader'
import { createWindowsQuietSource } from './windows-quiet-source'

/**
 * The platform's quiet-time signals. Linux reads D-Bus/gsettings, PulseAudio/PipeWire, /proc
 * and X11; Windows reads camera and microphone use from the registry; macOS has none yet.
 */
export function quietSourceFor(platform: string): QuietSource | undefined {
  if (platform === 'win32') return createWindowsQuietSource(runCommand)
  if (platform !== 'linux') return undefined
  return createLinuxQuietSource({ run: runCommand, proc: procReader, ownPid: process.pid })
}
