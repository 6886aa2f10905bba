import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'
import { call, ok, type Real } from './valid-model'
import { changedTables, TableHashes } from './table-hashes'

const START = Date.parse('2026-11-23T08:00:00Z')
const MINUTE = 60_000

/**
 * Two cases the fuzzer of valid sequences found, pinned down: who writes the break reminders'
 * records when settings change, and whether imported settings reach the reminders.
 */
describe('settings and the break reminders', () => {
  const tempFolder = useTempFolder('loosen-reactions-')

  function start(): Real & { close(): void } {
    const folder = tempFolder()
    const clock = { now: START }
    const world = createManualWorld('UTC')
    const main = createMainServices({
      dataFolder: folder,
      appVersion: '0.0.0-test',
      platform: 'linux',
      now: () => clock.now,
      emit: () => undefined,
      log: { error: () => undefined },
      reminders: world,
    })
    const tables = new TableHashes(join(folder, 'loosen.db'))
    return {
      main,
      world,
      clock,
      tables,
      calls: new Map(),
      close: () => {
        tables.close()
        main.close()
      },
    }
  }

  it('a change of theme writes the theme and nothing of the reminders', async () => {
    const real = start()
    try {
      await ok(real, 'reminders:pause', { for: '30m' })
      // The pause ends on its timer, as on the desktop, before the theme changes.
      real.world.scheduler.runUntil(
        START + 31 * MINUTE,
        (t) => (real.clock.now = t),
        () => real.clock.now,
      )
      const before = real.tables.snapshot()
      await real.main.dispatch('settings:update', { theme: 'dark' })
      expect(changedTables(before, real.tables.snapshot())).toEqual(['settings'])
    } finally {
      real.close()
    }
  })

  it('reminder settings from an import are not acted on later, by a change of theme', async () => {
    const real = start()
    try {
      const daily = { id: 'd', time: '07:00', days: [0, 1, 2, 3, 4, 5, 6], label: 'Morning scan' }
      const text = JSON.stringify({
        formatVersion: 1,
        app: 'Loosen',
        exportedAt: '2026-11-22T10:00:00.000+00:00',
        settings: { remindersDaily: [{ ...daily, practiceId: null }] },
      })
      await ok(real, 'log:commitImport', { fileName: 'other.json', text, applySettings: true })
      const before = real.tables.snapshot()
      await real.main.dispatch('settings:update', { theme: 'dark' })
      expect(changedTables(before, real.tables.snapshot())).toEqual(['settings'])
    } finally {
      real.close()
    }
  })

  it('imported reminder settings are the ones the reminders use, at once', async () => {
    const real = start()
    try {
      const text = JSON.stringify({
        formatVersion: 1,
        app: 'Loosen',
        exportedAt: '2026-11-22T10:00:00.000+00:00',
        settings: { remindersSnoozeMin: 10, remindersIntervalMin: 30 },
      })
      const answer = await call(real, 'log:commitImport', {
        fileName: 'other.json',
        text,
        applySettings: true,
      })
      expect(answer).toMatchObject({ ok: true, value: { settingsApplied: 2 } })
      const status = await ok(real, 'reminders:state')
      expect(status.snoozeMin).toBe(10)
      expect(status.nextBreakAt).toBe(START + 30 * MINUTE)
    } finally {
      real.close()
    }
  })
})
