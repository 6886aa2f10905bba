import { describe, expect, it } from 'vitest'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const newFolder = useTempFolder('loosen-refusal-')

describe('a refused break command', () => {
  it('writes nothing, even when time has passed that the timer has not caught up with', async () => {
    const clock = { t: Date.parse('2026-03-02T09:00:00Z') }
    const services = createMainServices({
      dataFolder: newFolder(),
      appVersion: 'test',
      platform: 'linux',
      now: () => clock.t,
      emit: () => undefined,
      log: { error: () => undefined },
      reminders: createManualWorld('UTC'),
    })
    const db = services.database.db
    const rows = () =>
      JSON.stringify([
        db.prepare('SELECT * FROM reminder_state ORDER BY key').all(),
        db.prepare('SELECT * FROM break_events ORDER BY id').all(),
        db.prepare('SELECT * FROM sitting_spans ORDER BY id').all(),
      ])
    expect((await services.dispatch('reminders:pause', { for: '30m' })).ok).toBe(true)
    // The machine slept through the pause's end: no timer has run since.
    clock.t += 55 * MIN
    const before = rows()
    const answer = await services.dispatch('reminders:snooze', { reason: 'busy' })
    expect(answer.ok).toBe(false)
    expect(rows()).toBe(before)
    services.close()
  })
})
