import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dailyDecisions, nextOccurrence } from '../../../electron/main/reminders/daily-reminders'
import { workingHoursAt, type WeekHours } from '../../../electron/shared/reminders/working-hours'
import { zonedToEpoch, type LocalDate } from '../../../electron/shared/reminders/zoned-time'
import type { DailyReminderSetting } from '../../../electron/shared/settings/reminders'
import { expectedInstant, offsetAt, transitions } from './zone-oracle'

const MIN = 60_000
const DAY = 86_400_000
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]

const ZONES = [
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Europe/London',
  'Pacific/Kiritimati',
]

const pad = (n: number) => String(n).padStart(2, '0')
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`
const dateOf = (wall: number): LocalDate => {
  const d = new Date(wall)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}
const dayStart = (wall: number) => Math.floor(wall / DAY) * DAY

interface Case {
  zone: string
  /** Local midnight of the change day, written as UTC. */
  day: number
  minute: number
  what: string
}

/**
 * For each zone, each change of 2026: a time in the middle of the gap or overlap, its first
 * minute, and 08:00. Zones without daylight saving get two ordinary days, so the rule is
 * checked there too.
 */
function cases(): Case[] {
  const from = Date.UTC(2026, 0, 1)
  const out: Case[] = []
  for (const zone of ZONES) {
    const changes = transitions(zone, from, Date.UTC(2027, 0, 1))
    const walls =
      changes.length > 0
        ? changes.flatMap((t) => {
            const before = offsetAt(t - 1000, zone)
            const delta = offsetAt(t, zone) - before
            const changeWall = t + before
            const start = delta > 0 ? changeWall : changeWall + delta
            return [
              { wall: start + Math.floor(Math.abs(delta) / 2 / MIN) * MIN, what: 'middle' },
              { wall: start, what: 'first minute' },
            ]
          })
        : [
            { wall: Date.UTC(2026, 3, 5, 2, 30), what: 'ordinary day' },
            { wall: Date.UTC(2026, 8, 27, 2, 30), what: 'ordinary day' },
          ]
    for (const { wall, what } of walls) {
      const day = dayStart(wall)
      out.push({ zone, day, minute: (wall - day) / MIN, what })
      out.push({ zone, day, minute: 8 * 60, what: '08:00' })
    }
  }
  return out
}

function reminder(time: string): DailyReminderSetting {
  return { id: `r-${time}`, time, days: EVERY_DAY, label: 'Evening rest', practiceId: null }
}

/** Runs the reminder the way the service does and returns when it was delivered. */
function firings(r: DailyReminderSetting, from: number, to: number, zone: string): number[] {
  const handled = new Set<string>()
  const fired: number[] = []
  const dates: string[] = []
  let now = from
  while (now < to) {
    for (const d of dailyDecisions([r], now, zone, (id, date) => handled.has(`${id}${date}`))) {
      handled.add(`${d.reminder.id}${d.occurrence.localDate}`)
      if (d.deliver) {
        fired.push(now)
        dates.push(d.occurrence.localDate)
      }
    }
    now = nextOccurrence(r, now, zone) ?? to
  }
  expect(new Set(dates).size).toBe(dates.length)
  return fired
}

const expectedOn = (c: Case, days: number) =>
  expectedInstant(c.day + days * DAY + c.minute * MIN, c.zone).at

describe('one rule for local times on daylight-saving days, in every zone', () => {
  it('matches the headline cases: Chatham, Auckland', () => {
    const at = (zone: string, y: number, m: number, d: number, time: string) =>
      new Date(
        zonedToEpoch(
          { year: y, month: m, day: d },
          Number(time.slice(0, 2)) * 60 + Number(time.slice(3)),
          zone,
        ),
      ).toISOString()
    // 02:30 exists in Chatham that night (its change is at 02:45).
    expect(at('Pacific/Chatham', 2026, 9, 27, '02:30')).toBe('2026-09-26T13:45:00.000Z')
    // Auckland skips 02:00–03:00: 02:30 is read as if the clocks had not moved, i.e. 03:30.
    expect(at('Pacific/Auckland', 2026, 9, 27, '02:30')).toBe('2026-09-26T14:30:00.000Z')
    // Auckland has 02:30 twice on 5 April: the first, still at +13.
    expect(at('Pacific/Auckland', 2026, 4, 5, '02:30')).toBe('2026-04-04T13:30:00.000Z')
    expect(at('Australia/Lord_Howe', 2026, 10, 4, '02:15')).toBe('2026-10-03T15:45:00.000Z')
    expect(at('Pacific/Kiritimati', 2026, 4, 5, '08:00')).toBe('2026-04-04T18:00:00.000Z')
  })

  it.each(cases().map((c) => [`${c.zone} ${dateKey(c.day)} ${hhmm(c.minute)} (${c.what})`, c]))(
    'daily reminder, %s: once per local day at the expected instant',
    (_name, c) => {
      const r = reminder(hhmm(c.minute))
      const first = expectedOn(c, -1)
      const fired = firings(r, first - MIN, expectedOn(c, 1) + MIN, c.zone)
      expect(fired.map(iso)).toEqual([first, expectedOn(c, 0), expectedOn(c, 1)].map(iso))
    },
  )

  it.each(cases().map((c) => [`${c.zone} ${dateKey(c.day)} ${hhmm(c.minute)} (${c.what})`, c]))(
    'working hours, %s: start and end at the expected instant',
    (_name, c) => {
      const at = expectedOn(c, 0)
      // From midnight, "until 24:00" would join one day to the next; stop at noon instead.
      const end = c.minute === 0 ? '12:00' : '24:00'
      const starting: WeekHours = EVERY_DAY.map(() => [{ start: hhmm(c.minute), end }])
      expect(workingHoursAt(at - 1000, starting, c.zone)).toEqual({ inside: false, nextChange: at })
      expect(workingHoursAt(at, starting, c.zone).inside).toBe(true)
      if (c.minute === 0) return
      const ending: WeekHours = EVERY_DAY.map(() => [{ start: '00:00', end: hhmm(c.minute) }])
      expect(workingHoursAt(at - 1000, ending, c.zone)).toEqual({ inside: true, nextChange: at })
      expect(workingHoursAt(at, ending, c.zone).inside).toBe(false)
    },
  )

  it('any zone, any day, any minute: zonedToEpoch and the next reminder follow the rule', () => {
    const zones = Intl.supportedValuesOf('timeZone')
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1971, 0, 1) / DAY, max: Date.UTC(2037, 11, 31) / DAY }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, dayNumber, minute) => {
          const wall = dayNumber * DAY + minute * MIN
          const expected = expectedInstant(wall, zone).at
          expect(zonedToEpoch(dateOf(wall), minute, zone)).toBe(expected)
          expect(nextOccurrence(reminder(hhmm(minute)), expected - 1, zone)).toBe(expected)
        },
      ),
      { seed: 20_260_927, numRuns: 400 },
    )
  })
})

function dateKey(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10)
}

function iso(t: number): string {
  return new Date(t).toISOString()
}
