import { describe, expect, it } from 'vitest'
import type { QuietWanted } from '../../../electron/main/reminders/quiet-source'
import {
  FOCUS_ASSERTIONS,
  focusAsserted,
  macFocusOn,
} from '../../../electron/main/shell/quiet/focus-mac'
import {
  macFrontApp,
  parseFrontAsn,
  parseInfoValue,
} from '../../../electron/main/shell/quiet/front-app-mac'
import { createMacQuietSource } from '../../../electron/main/shell/quiet/mac-quiet-source'
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

const HOME = '/Users/ada'
const files =
  (table: Record<string, string>) =>
  (path: string): Promise<string | null> =>
    Promise.resolve(table[path] ?? null)

// Assertions.json as macOS 13 writes it: Do Not Disturb switched on from Control Centre, and
// with every Focus off.
const FOCUS_ON = JSON.stringify({
  data: [
    {
      storeAssertionRecords: [
        {
          assertionUUID: '8E0C3B55-1A5A-4C3E-9E0F-5D0F2A6B7C11',
          assertionSource: { assertionClientIdentifier: 'com.apple.controlcenter.dnd' },
          assertionDetails: {
            assertionDetailsModeIdentifier: 'com.apple.donotdisturb.mode.default',
            assertionDetailsReason: 'user-action',
          },
          assertionStartDateTimestamp: 722_000_000.5,
        },
      ],
      storeInvalidationRecords: [],
    },
  ],
  header: { version: 3, timestamp: 722_000_000.6 },
})
const FOCUS_OFF = JSON.stringify({
  data: [{ storeInvalidationRecords: [{ invalidationReason: 'user-action' }] }],
  header: { version: 3 },
})

const LEGACY_DND = 'defaults -currentHost read com.apple.notificationcenterui doNotDisturb'
const ASN = 'ASN:0x0-0x1a01a:'
const KEYNOTE = {
  'lsappinfo front': `${ASN}\n`,
  [`lsappinfo info -only name ${ASN}`]: '"LSDisplayName"="Keynote"\n',
  [`lsappinfo info -only bundleid ${ASN}`]: '"CFBundleIdentifier"="com.apple.iWork.Keynote"\n',
}

const wanted = (over: Partial<QuietWanted>): QuietWanted => ({
  call: false,
  fullscreen: false,
  dnd: false,
  apps: [],
  ...over,
})

describe('Focus / Do Not Disturb on macOS', () => {
  it('reads the Focus assertions (macOS 12 and later)', async () => {
    expect(focusAsserted(FOCUS_ON)).toBe(true)
    expect(focusAsserted(FOCUS_OFF)).toBe(false)
    const run = commands({})
    const path = `${HOME}/${FOCUS_ASSERTIONS}`
    expect(await macFocusOn(run, files({ [path]: FOCUS_ON }), HOME)).toBe(true)
    expect(await macFocusOn(run, files({ [path]: FOCUS_OFF }), HOME)).toBe(false)
    // The file answered: no need to ask `defaults`.
    expect(run.ran).toEqual([])
  })

  it('falls back to defaults before macOS 12, and an unknown file shape is no signal', async () => {
    expect(await macFocusOn(commands({ [LEGACY_DND]: '1\n' }), files({}), HOME)).toBe(true)
    expect(await macFocusOn(commands({ [LEGACY_DND]: '0\n' }), files({}), HOME)).toBe(false)
    expect(await macFocusOn(commands({}), files({}), HOME)).toBe(false)
    expect(focusAsserted('not json')).toBeNull()
    expect(focusAsserted('{"records":[1]}')).toBeNull()
    const odd = files({ [`${HOME}/${FOCUS_ASSERTIONS}`]: '{"version":9}' })
    expect(await macFocusOn(commands({}), odd, HOME)).toBe(false)
  })
})

describe('the app in front on macOS', () => {
  it('parses lsappinfo', () => {
    expect(parseFrontAsn('ASN:0x0-0x1a01a:\n')).toBe(ASN)
    expect(parseFrontAsn('[ NULL ]\n')).toBeNull()
    expect(parseInfoValue('"LSDisplayName"="Keynote"\n')).toBe('Keynote')
    expect(parseInfoValue('"LSDisplayName"=[ NULL ]\n')).toBeNull()
  })

  it('names the front app and its bundle id', async () => {
    expect(await macFrontApp(commands(KEYNOTE))).toEqual(['Keynote', 'com.apple.iWork.Keynote'])
    expect(await macFrontApp(commands({ 'lsappinfo front': '[ NULL ]' }))).toBeNull()
  })
})

describe('the macOS quiet source', () => {
  it('a chosen app in front, by name or bundle id, comes before Focus', async () => {
    const source = createMacQuietSource({
      run: commands(KEYNOTE),
      readText: files({ [`${HOME}/${FOCUS_ASSERTIONS}`]: FOCUS_ON }),
      home: HOME,
    })
    expect(await source.read(wanted({ apps: ['keynote'], dnd: true }))).toEqual({
      reason: 'focus-app',
      detail: 'keynote',
    })
    expect(await source.read(wanted({ apps: ['com.apple.iwork.keynote'] }))).toEqual({
      reason: 'focus-app',
      detail: 'com.apple.iwork.keynote',
    })
    expect(await source.read(wanted({ apps: ['zoom.us'], dnd: true }))).toEqual({
      reason: 'do-not-disturb',
      detail: null,
    })
  })

  it('asks only for what is wanted; calls and fullscreen have no signal on macOS yet', async () => {
    const run = commands(KEYNOTE)
    const source = createMacQuietSource({ run, readText: files({}), home: HOME })
    expect(await source.read(wanted({ call: true, fullscreen: true }))).toBeNull()
    expect(run.ran).toEqual([])
  })

  it('a failing tool is no quiet time', async () => {
    const source = createMacQuietSource({
      run: () => Promise.reject(new Error('spawn lsappinfo ENOENT')),
      readText: () => Promise.reject(new Error('EACCES')),
      home: HOME,
    })
    expect(await source.read(wanted({ apps: ['Keynote'], dnd: true }))).toBeNull()
  })
})
