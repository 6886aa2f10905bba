import { describe, expect, it } from 'vitest'
import { deviceInUse } from '../../../electron/main/shell/quiet/call-windows'
import { toastsSwitchedOff } from '../../../electron/main/shell/quiet/dnd-windows'
import { createWindowsQuietSource } from '../../../electron/main/shell/quiet/windows-quiet-source'
import type { RunCommand } from '../../../electron/main/shell/tray-host'

const STORE =
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

const entry = (app: string, start: string, stop: string) =>
  [
    `${STORE}\\microphone\\NonPackaged\\${app}`,
    '    LastUsedTimeStart    REG_QWORD    ' + start,
    '    LastUsedTimeStop    REG_QWORD    ' + stop,
    '',
  ].join('\r\n')

const ALL = { call: true, fullscreen: true, dnd: true, apps: [] }

describe('a call on Windows, from the privacy registry', () => {
  it('an app that started using the device and has not stopped is using it', () => {
    const text = entry('C:#Zoom#Zoom.exe', '0x1dab2c3d4e5f607', '0x0')
    expect(deviceInUse(`${STORE}\\microphone\r\n    Value    REG_SZ    Allow\r\n${text}`)).toBe(
      true,
    )
  })

  it('apps that stopped, or never used it, are not', () => {
    const text =
      entry('C:#Zoom#Zoom.exe', '0x1dab2c3d4e5f607', '0x1dab2c3d4e5f999') +
      entry('C:#Never#App.exe', '0x0', '0x0')
    expect(deviceInUse(text)).toBe(false)
  })

  it('asks about the camera and the microphone, and a missing key is no call', async () => {
    const asked: string[] = []
    const run: RunCommand = (file, args) => {
      asked.push([file, ...args].join(' '))
      const stdout = args[1]?.endsWith('\\microphone')
        ? entry('C:#Teams#ms-teams.exe', '0x1dab2c3d4e5f607', '0x0')
        : ''
      return Promise.resolve({ ok: stdout !== '', stdout })
    }
    expect(await createWindowsQuietSource(run).read(ALL)).toEqual({ reason: 'call', detail: null })
    expect(asked.map((a) => a.split('\\').at(-1))).toEqual(['webcam /s', 'microphone /s'])
    expect(await createWindowsQuietSource(run).read({ ...ALL, call: false })).toBeNull()
    const none: RunCommand = () => Promise.resolve({ ok: false, stdout: '' })
    expect(await createWindowsQuietSource(none).read(ALL)).toBeNull()
  })
})

describe('Do not disturb on Windows, from the notification settings', () => {
  const SETTINGS =
    'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Notifications\\Settings'
  const answer = (value: string) =>
    `\r\n${SETTINGS}\r\n    NOC_GLOBAL_SETTING_TOASTS_ENABLED    REG_DWORD    ${value}\r\n\r\n`

  it('notifications switched off is Do not disturb; on, or never set, is not', () => {
    expect(toastsSwitchedOff(answer('0x0'))).toBe(true)
    expect(toastsSwitchedOff(answer('0x1'))).toBe(false)
    expect(toastsSwitchedOff('')).toBe(false)
  })

  it('holds reminders back only when Do not disturb is wanted, after a call is ruled out', async () => {
    const asked: string[] = []
    const run: RunCommand = (file, args) => {
      asked.push(args.at(-1) ?? '')
      const dnd = args.includes('NOC_GLOBAL_SETTING_TOASTS_ENABLED')
      return Promise.resolve(dnd ? { ok: true, stdout: answer('0x0') } : { ok: true, stdout: '' })
    }
    const source = createWindowsQuietSource(run)
    expect(await source.read(ALL)).toEqual({ reason: 'do-not-disturb', detail: null })
    expect(asked).toEqual(['/s', '/s', 'NOC_GLOBAL_SETTING_TOASTS_ENABLED'])
    expect(await source.read({ ...ALL, dnd: false })).toBeNull()
  })
})
