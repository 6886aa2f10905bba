import { describe, expect, it } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { useTempFolder } from '../../support/temp-folder'
import { MIN, openHost, type Host } from './host'

const newFolder = useTempFolder('loosen-reads-')

function snapshot(h: Host) {
  const db = h.services.database.db
  return {
    changes: (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
    pending: h.world.scheduler.pending(),
    wakeups: h.world.scheduler.wakeups,
    shown: h.world.notifier.shown.length,
    events: h.events.length,
  }
}

describe('reminder status reads', () => {
  it.each(['reminders:state', 'reminders:today', 'reminders:week'])(
    '%s does not step the machine, write, or reschedule',
    async (channel) => {
      const h = openHost(newFolder(), Date.parse('2026-03-02T09:00:00Z'))
      h.advance(10 * MIN)
      const before = snapshot(h)
      const statusBefore = await h.call<ReminderStatus>('reminders:state')
      // Time passes without the machine's timer running: a read must not act on it.
      h.clock.t += 50 * MIN
      await h.call(channel)
      await h.call(channel)
      expect(snapshot(h)).toEqual(before)
      const status = await h.call<ReminderStatus>('reminders:state')
      expect(status.phase).toBe('sitting')
      expect(status.nextBreakAt).toBe(statusBefore.nextBreakAt)
      expect(h.world.notifier.shown.filter((n) => n.kind === 'due')).toEqual([])
      h.services.close()
    },
  )
})
