import { describe, expect, it } from 'vitest'
import { dailyDecisions, nextOccurrence } from '../../../electron/main/reminders/daily-reminders'
import type { DailyReminderSetting } from '../../../electron/shared/settings/reminders'

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())

function reminder(time: string, days = EVERY_DAY): DailyReminderSetting {
  return { id: `r-${time}`, time, days, label: 'Morning body scan', practiceId: 'body-scan' }
}

/** Fires the reminder through a whole stretch of days the way the service does, minute by minute. */
function firings(r: DailyReminderSetting, from: string, to: string, zone: string): string[] {
  const handled = new Set<string>()
  const fired: string[] = []
  let now = Date.parse(from)
  const end = Date.parse(to)
  while (now < end) {
    for (const d of dailyDecisions([r], now, zone, (id, date) => handled.has(`${id}${date}`))) {
      handled.add(`${d.reminder.id}${d.occurrence.localDate}`)
      if (d.deliver) fired.push(iso(now)!)
    }
    now = nextOccurrence(r, now, zone) ?? end
  }
  return fired
}

describe('daily practice reminders at local times across daylight-saving changes', () => {
  it('Berlin, spring forward on 29 March 2026: 08:00 stays 08:00 local', () => {
    expect(
      firings(reminder('08:00'), '2026-03-28T00:00Z', '2026-03-31T00:00Z', 'Europe/Berlin'),
    ).toEqual(['2026-03-28T07:00:00.000Z', '2026-03-29T06:00:00.000Z', '2026-03-30T06:00:00.000Z'])
  })

  it('Berlin: 02:30 does not exist that night; it fires once, at 03:30 local', () => {
    expect(
      firings(reminder('02:30'), '2026-03-29T00:00Z', '2026-03-30T00:00Z', 'Europe/Berlin'),
    ).toEqual(['2026-03-29T01:30:00.000Z'])
  })

  it('Berlin, fall back on 25 October 2026: a time that happens twice fires once', () => {
    expect(
      firings(reminder('02:30'), '2026-10-24T12:00Z', '2026-10-26T12:00Z', 'Europe/Berlin'),
    ).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z'])
  })

  it('New York, 8 March and 1 November 2026', () => {
    const r = reminder('08:00')
    expect(firings(r, '2026-03-07T00:00Z', '2026-03-09T00:00Z', 'America/New_York')).toEqual([
      '2026-03-07T13:00:00.000Z',
      '2026-03-08T12:00:00.000Z',
    ])
    expect(firings(r, '2026-10-31T00:00Z', '2026-11-02T00:00Z', 'America/New_York')).toEqual([
      '2026-10-31T12:00:00.000Z',
      '2026-11-01T13:00:00.000Z',
    ])
    const early = reminder('01:30')
    expect(firings(early, '2026-11-01T00:00Z', '2026-11-02T00:00Z', 'America/New_York')).toEqual([
      '2026-11-01T05:30:00.000Z',
    ])
  })

  it('only on the chosen weekdays', () => {
    const weekdays = reminder('08:00', [1, 2, 3, 4, 5])
    const fired = firings(weekdays, '2026-03-06T00:00Z', '2026-03-10T00:00Z', 'Europe/Berlin')
    expect(fired).toEqual(['2026-03-06T07:00:00.000Z', '2026-03-09T07:00:00.000Z'])
  })

  it('one missed while asleep is delivered on waking only if less than an hour late', () => {
    const r = reminder('08:00')
    const none = () => false
    const at = (t: string) => Date.parse(t)
    expect(dailyDecisions([r], at('2026-03-02T08:59:00Z'), 'UTC', none)[0]?.deliver).toBe(true)
    expect(dailyDecisions([r], at('2026-03-02T09:00:00Z'), 'UTC', none)[0]?.deliver).toBe(false)
    // Several days asleep: only the latest occurrence is considered, and it is too late.
    const decisions = dailyDecisions([r], at('2026-03-05T10:00:00Z'), 'UTC', none)
    expect(decisions).toHaveLength(1)
    expect(decisions[0]).toMatchObject({ deliver: false, occurrence: { localDate: '2026-03-05' } })
  })
})
