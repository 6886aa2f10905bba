import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linuxMicrophoneInUse } from '../../../electron/main/shell/quiet/microphone-linux'
import { runCommand } from '../../../electron/main/shell/run-command'

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
const available =
  process.platform === 'linux' && has('pulseaudio') && has('pactl') && has('parecord')
const why = 'needs pulseaudio and pulseaudio-utils (apt-get install -y pulseaudio pulseaudio-utils)'

/**
 * The microphone probe against a real PulseAudio server (a private one, in a temporary
 * folder, with a null microphone and null speakers) and a real recording stream (parecord).
 */
describe.skipIf(!available)(`the microphone probe against a real audio server (${why})`, () => {
  let folder = ''
  const saved = { ...process.env }
  let recorder: ChildProcess | null = null

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'loosen-pulse-'))
    process.env['XDG_RUNTIME_DIR'] = folder
    process.env['HOME'] = folder
    process.env['PULSE_SERVER'] = `unix:${join(folder, 'pulse', 'native')}`
    // --daemonize returns once the server is ready, so no waiting is needed after it.
    const started = spawnSync('pulseaudio', [
      '-n',
      '--daemonize=yes',
      '--exit-idle-time=-1',
      '--disable-shm=yes',
      '--load=module-native-protocol-unix',
      '--load=module-null-source source_name=fakemic',
      '--load=module-null-sink sink_name=speakers',
    ])
    expect(started.status, started.stderr.toString()).toBe(0)
  })

  afterAll(() => {
    recorder?.kill()
    spawnSync('pactl', ['exit'])
    process.env = saved
    rmSync(folder, { recursive: true, force: true })
  })

  /** Starts parecord and returns once the server lists its stream. */
  function record(device: string): ChildProcess {
    const child = spawn('parecord', ['-d', device, '/dev/null'], { stdio: 'ignore' })
    for (let i = 0; i < 500; i++) {
      const listed = spawnSync('pactl', ['list', 'source-outputs', 'short']).stdout.toString()
      if (listed.trim() !== '') return child
    }
    child.kill()
    throw new Error('parecord never showed up as a recording stream')
  }

  function stop(child: ChildProcess): void {
    child.kill()
    for (let i = 0; i < 500; i++) {
      if (spawnSync('pactl', ['list', 'source-outputs', 'short']).stdout.toString().trim() === '')
        return
    }
  }

  it('no stream: no call', async () => {
    expect(await linuxMicrophoneInUse(runCommand)).toBe(false)
  })

  it('a stream recording the microphone: a call', async () => {
    recorder = record('fakemic')
    expect(await linuxMicrophoneInUse(runCommand)).toBe(true)
    stop(recorder)
    recorder = null
    expect(await linuxMicrophoneInUse(runCommand)).toBe(false)
  })

  it('a stream recording the speakers (a monitor, as screen recorders do): not a call', async () => {
    recorder = record('speakers.monitor')
    expect(await linuxMicrophoneInUse(runCommand)).toBe(false)
    stop(recorder)
    recorder = null
  })
})
