import type { QuietSource } from '../../reminders/quiet-source'
import { runCommand } from '../run-command'
import { createLinuxQuietSource } from './linux-quiet-source'
import { procReader } from './proc-reader'

/**
 * The platform's quiet-time signals. Linux reads D-Bus/gsettings, PulseAudio/PipeWire, /proc
 * and X11; on macOS and Windows none is wired yet, so reminders there never wait.
 */
export function quietSourceFor(platform: string): QuietSource | undefined {
  if (platform !== 'linux') return undefined
  return createLinuxQuietSource({ run: runCommand, proc: procReader, ownPid: process.pid })
}
