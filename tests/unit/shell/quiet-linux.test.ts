import { describe, expect, it } from 'vitest'
import type { QuietWanted } from '../../../electron/main/reminders/quiet-source'
import type { ProcReader } from '../../../electron/main/shell/quiet/camera-linux'
import { linuxCameraInUse } from '../../../electron/main/shell/quiet/camera-linux'
import { linuxDoNotDisturb } from '../../../electron/main/shell/quiet/dnd-linux'
import { x11FrontWindow } from '../../../electron/main/shell/quiet/front-window-x11'
import { createLinuxQuietSource } from '../../../electron/main/shell/quiet/linux-quiet-source'
import {
  linuxMicrophoneInUse,
  parseSourceOutputs,
} from '../../../electron/main/shell/quiet/microphone-linux'
import type { RunCommand } from '../../../electron/main/shell/tray-host'

/** A fake of the command line: each "file arg arg…" answers its stdout; anything else fails. */
function commands(answers: Record<string, string>): RunCommand & { ran: string[] } {
  const ran: string[] = []
  const run = (file: string, args: readonly string[]) => {
    const line = [file, ...args].join(' ')
    ran.push(line)
    const stdout = answers[line]
    return Promise.resolve(stdout === undefined ? { ok: false, stdout: '' } : { ok: true, stdout })
  }
  return Object.assign(run, { ran })
}

function proc(table: Record<string, Record<string, string>>): ProcReader {
  return {
    list: (path) => {
      if (path === '/proc') return Promise.resolve([...Object.keys(table), 'self', 'meminfo'])
      const pid = /^\/proc\/(\d+)\/fd$/.exec(path)?.[1]
      return Promise.resolve(pid && table[pid] ? Object.keys(table[pid]) : [])
    },
    link: (path) => {
      const [, pid, fd] = /^\/proc\/(\d+)\/fd\/(\d+)$/.exec(path) ?? []
      return Promise.resolve((pid && fd && table[pid]?.[fd]) ?? null)
    },
  }
}

const GNOME_DND = 'gsettings get org.gnome.desktop.notifications show-banners'
const FDO_INHIBITED =
  'gdbus call --session --dest org.freedesktop.Notifications --object-path ' +
  '/org/freedesktop/Notifications --method org.freedesktop.DBus.Properties.Get ' +
  'org.freedesktop.Notifications Inhibited'
const OUTPUTS = 'env LC_ALL=C pactl list source-outputs'
const SOURCES = 'env LC_ALL=C pactl list sources short'
const ACTIVE = 'xprop -root _NET_ACTIVE_WINDOW'

const recording = (source: number, corked = false) => `Source Output #42
	Driver: protocol-native.c
	Owner Module: 10
	Client: 7
	Source: ${String(source)}
	Sample Specification: s16le 1ch 16000Hz
	Corked: ${corked ? 'yes' : 'no'}
	Properties:
		application.name = "Zoom"
`
const SOURCE_LIST =
  '0\talsa_output.pci.analog-stereo.monitor\tmodule-alsa-card.c\ts16le 2ch 48000Hz\tIDLE\n1\talsa_input.pci.analog-stereo\tmodule-alsa-card.c\ts16le 2ch 48000Hz\tRUNNING\n'

describe('Do Not Disturb on Linux', () => {
  it('GNOME: banners off means Do Not Disturb', async () => {
    expect(await linuxDoNotDisturb(commands({ [GNOME_DND]: 'false\n' }))).toBe(true)
    expect(await linuxDoNotDisturb(commands({ [GNOME_DND]: 'true\n' }))).toBe(false)
  })

  it('KDE and other freedesktop servers: Inhibited', async () => {
    const run = commands({ [GNOME_DND]: 'true\n', [FDO_INHIBITED]: '(<true>,)\n' })
    expect(await linuxDoNotDisturb(run)).toBe(true)
    expect(await linuxDoNotDisturb(commands({ [FDO_INHIBITED]: '(<false>,)\n' }))).toBe(false)
  })

  it('without gsettings or a session bus, it is not a quiet time', async () => {
    expect(await linuxDoNotDisturb(commands({}))).toBe(false)
  })
})

describe('the microphone on Linux (PulseAudio or PipeWire)', () => {
  it('a live recording stream from a microphone is a call', async () => {
    const run = commands({ [OUTPUTS]: recording(1), [SOURCES]: SOURCE_LIST })
    expect(await linuxMicrophoneInUse(run)).toBe(true)
  })

  it('a paused stream, or one recording the speakers (a monitor), is not', async () => {
    const corked = commands({ [OUTPUTS]: recording(1, true), [SOURCES]: SOURCE_LIST })
    expect(await linuxMicrophoneInUse(corked)).toBe(false)
    const monitor = commands({ [OUTPUTS]: recording(0), [SOURCES]: SOURCE_LIST })
    expect(await linuxMicrophoneInUse(monitor)).toBe(false)
  })

  it('no streams, or no pactl, is no call; the sources are then not even listed', async () => {
    const none = commands({ [OUTPUTS]: '', [SOURCES]: SOURCE_LIST })
    expect(await linuxMicrophoneInUse(none)).toBe(false)
    expect(none.ran).toEqual([OUTPUTS])
    expect(await linuxMicrophoneInUse(commands({}))).toBe(false)
  })

  it('reads the stream, its source and its app', () => {
    expect(parseSourceOutputs(recording(3) + recording(0, true))).toEqual([
      { source: '3', corked: false, app: 'Zoom' },
      { source: '0', corked: true, app: 'Zoom' },
    ])
  })
})

describe('the camera on Linux', () => {
  it('a process with /dev/video0 open is a call', async () => {
    const table = {
      '100': { '0': '/dev/null', '1': 'socket:[1234]' },
      '200': { '7': '/dev/video0' },
    }
    expect(await linuxCameraInUse(proc(table), 1)).toBe(true)
  })

  it('nothing open on a video device, or only by Loosen itself, is not', async () => {
    expect(await linuxCameraInUse(proc({ '100': { '0': '/dev/null' } }), 1)).toBe(false)
    expect(await linuxCameraInUse(proc({ '300': { '4': '/dev/video2' } }), 300)).toBe(false)
    expect(await linuxCameraInUse(proc({ '100': { '4': '/dev/videofoo' } }), 1)).toBe(false)
  })
})

describe('the window in front on X11', () => {
  const props = (state: string, cls: string) =>
    `_NET_WM_STATE(ATOM) = ${state}\nWM_CLASS(STRING) = ${cls}\n`

  it('reads fullscreen and the app class of the active window', async () => {
    const run = commands({
      [ACTIVE]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3c00007\n',
      'xprop -id 0x3c00007 _NET_WM_STATE WM_CLASS': props(
        '_NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED',
        '"libreoffice", "libreoffice-impress"',
      ),
    })
    expect(await x11FrontWindow(run)).toEqual({
      fullscreen: true,
      classes: ['libreoffice', 'libreoffice-impress'],
    })
  })

  it('no active window, Loosen’s own, or no X server: nothing to say', async () => {
    expect(
      await x11FrontWindow(commands({ [ACTIVE]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n' })),
    ).toBeNull()
    const own = commands({ [ACTIVE]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x2a00003\n' })
    expect(await x11FrontWindow(own, ['0x02a00003'])).toBeNull()
    expect(await x11FrontWindow(commands({}))).toBeNull()
  })
})

describe('the Linux quiet source', () => {
  const ALL: QuietWanted = { call: true, fullscreen: true, dnd: true, apps: ['Keynote', 'obs'] }
  const front = (state: string, cls: string) => ({
    [ACTIVE]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x1\n',
    'xprop -id 0x1 _NET_WM_STATE WM_CLASS': `_NET_WM_STATE(ATOM) = ${state}\nWM_CLASS(STRING) = ${cls}\n`,
  })

  it('names the most telling reason first: a call before fullscreen before DND', async () => {
    const source = createLinuxQuietSource({
      run: commands({
        [OUTPUTS]: recording(1),
        [SOURCES]: SOURCE_LIST,
        ...front('_NET_WM_STATE_FULLSCREEN', '"vlc", "vlc"'),
        [GNOME_DND]: 'false\n',
      }),
      proc: proc({}),
      ownPid: 1,
    })
    expect(await source.read(ALL)).toEqual({ reason: 'call', detail: null })
    expect(await source.read({ ...ALL, call: false })).toEqual({
      reason: 'fullscreen',
      detail: null,
    })
    expect(await source.read({ ...ALL, call: false, fullscreen: false, apps: [] })).toEqual({
      reason: 'do-not-disturb',
      detail: null,
    })
  })

  it('a chosen app in front is named as the user wrote it', async () => {
    const source = createLinuxQuietSource({
      run: commands(front('_NET_WM_STATE_FOCUSED', '"obs", "OBS"')),
      proc: proc({}),
      ownPid: 1,
    })
    expect(await source.read(ALL)).toEqual({ reason: 'focus-app', detail: 'obs' })
  })

  it('probes only what is wanted', async () => {
    const run = commands({})
    const source = createLinuxQuietSource({ run, proc: proc({}), ownPid: 1 })
    expect(await source.read({ call: false, fullscreen: false, dnd: true, apps: [] })).toBeNull()
    expect(run.ran.every((line) => line.startsWith('gsettings') || line.startsWith('gdbus'))).toBe(
      true,
    )
  })

  it('a probe that throws is no quiet time, never a crash', async () => {
    const source = createLinuxQuietSource({
      run: () => Promise.reject(new Error('spawn failed')),
      proc: proc({}),
      ownPid: 1,
    })
    expect(await source.read(ALL)).toBeNull()
  })
})
