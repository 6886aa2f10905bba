import { describe, expect, it } from 'vitest'
import type { NewBreak } from '../../../electron/main/reminders/break-repository'
import { BreakRepository } from '../../../electron/main/reminders/break-repository'
import { localClock } from '../../../electron/main/reminders/local-clock'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { rangePromptReport } from '../../../electron/main/reminders/prompt-range-report'
import { createMainServices } from '../../../electron/main/services'
import { dateKey, localParts } from '../../../electron/shared/reminders/zoned-time'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const NOW = Date.parse('2026-03-20T18:00:00Z')
const MIDNIGHT = Date.parse('2026-03-20T00:00:00Z')
const newFolder = useTempFolder('loosen-prompt-range-')

function repository() {
  const services = createMainServices({
    dataFolder: newFolder(),
    appVersion: 'test',
    platform: 'linux',
    now: () => NOW,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: createManualWorld('UTC'),
  })
  return { breaks: new BreakRepository(services.database.db), close: () => services.close() }
}

const prompt = (at: number): NewBreak => ({
  kind: 'prompt',
  occurredAt: at,
  durationMs: 0,
  sittingBeforeMs: 45 * MIN,
})
const taken = (at: number): NewBreak => ({
  kind: 'taken',
  occurredAt: at,
  durationMs: 3 * MIN,
  sittingBeforeMs: 45 * MIN,
})

describe('the prompt report over an Insights range', () => {
  it('counts only the prompts and breaks inside the chosen range, by local hour', () => {
    const { breaks, close } = repository()
    const recent = MIDNIGHT - 2 * DAY + 9 * HOUR
    const older = MIDNIGHT - 40 * DAY + 15 * HOUR
    breaks.write(
      [
        prompt(recent),
        taken(recent + 2 * MIN), // within 3 and 5
        prompt(recent + HOUR), // not followed
        prompt(older),
        taken(older + 30_000), // within 1
      ],
      [],
    )
    const month = rangePromptReport(breaks, '30', NOW, 'UTC')
    expect(month.from).toBe(MIDNIGHT - 29 * DAY)
    expect(month.overall).toEqual({ prompts: 2, within1: 0, within3: 1, within5: 1 })
    expect(month.byHour.map((h) => [h.hour, h.prompts, h.within5])).toEqual([
      [9, 1, 1],
      [10, 1, 0],
    ])
    const quarter = rangePromptReport(breaks, '90', NOW, 'UTC')
    expect(quarter.overall).toEqual({ prompts: 3, within1: 1, within3: 2, within5: 2 })
    expect(quarter.byHour.map((h) => h.hour)).toEqual([9, 10, 15])
    expect(rangePromptReport(breaks, 'all', NOW, 'UTC').overall.prompts).toBe(3)
    close()
  })

  it('counts a long stretch once on the day it began, with the one under way, and names the longest', () => {
    const { breaks, close } = repository()
    const overMidnight = {
      startedAt: MIDNIGHT - DAY - 20 * MIN,
      endedAt: MIDNIGHT - DAY + 25 * MIN,
    }
    breaks.write(
      [],
      [
        overMidnight, // 45 minutes over midnight: one long bout, on the earlier day
        {
          startedAt: MIDNIGHT - 3 * DAY + 9 * HOUR,
          endedAt: MIDNIGHT - 3 * DAY + 9 * HOUR + 20 * MIN,
        },
        {
          startedAt: MIDNIGHT - 3 * DAY + 14 * HOUR,
          endedAt: MIDNIGHT - 3 * DAY + 14 * HOUR + 30 * MIN,
        }, // exactly 30: not over
        { startedAt: MIDNIGHT - 60 * DAY, endedAt: MIDNIGHT - 60 * DAY + 3 * HOUR }, // outside 30 days
      ],
    )
    const open = { startedAt: NOW - 80 * MIN, endedAt: NOW }
    const month = rangePromptReport(breaks, '30', NOW, 'UTC', open)
    expect(month.bouts).toEqual({
      sittingDays: 3,
      over30: 2,
      longest: { ms: 80 * MIN, date: '2026-03-20' },
    })
    const all = rangePromptReport(breaks, 'all', NOW, 'UTC', open)
    expect(all.bouts.over30).toBe(3)
    expect(all.bouts.longest).toEqual({ ms: 3 * HOUR, date: '2026-01-19' })
    close()
  })

  it("reads a year of a full-time worker's records quickly enough to open Insights at once", () => {
    const { breaks, close } = repository()
    const records: NewBreak[] = []
    const spans: { startedAt: number; endedAt: number }[] = []
    for (let d = 0; d < 365; d++) {
      for (let h = 0; h < 8; h++) {
        const at = NOW - d * DAY - 9 * HOUR + h * HOUR
        records.push(prompt(at), taken(at + 2 * MIN))
        spans.push({ startedAt: at + 5 * MIN, endedAt: at + 50 * MIN })
      }
    }
    breaks.write(records, spans)
    rangePromptReport(breaks, 'all', NOW, 'UTC')
    const started = performance.now()
    for (let i = 0; i < 10; i++) rangePromptReport(breaks, 'all', NOW, 'Europe/Berlin')
    const ms = (performance.now() - started) / 10
    console.info(`rangePromptReport over a year (2,920 prompts and stretches): ${ms.toFixed(1)} ms`)
    // Generous for a shared, loaded machine; the figure is printed above.
    expect(ms).toBeLessThan(200)
    close()
  })

  it('says nothing when there are no records', () => {
    const { breaks, close } = repository()
    expect(rangePromptReport(breaks, '30', NOW, 'UTC')).toMatchObject({
      overall: { prompts: 0, within1: 0, within3: 0, within5: 0 },
      byHour: [],
      bouts: { sittingDays: 0, over30: 0, longest: null },
    })
    close()
  })
})

describe('local hours and dates read once per quarter hour', () => {
  it('agree with Intl for every 7 minutes across both daylight-saving changes, in zones with odd offsets', () => {
    for (const zone of [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ]) {
      const local = localClock(zone)
      // Every 7 minutes through the weeks holding 2026's offset changes (New
      // York 8 Mar and 1 Nov, Berlin 29 Mar and 25 Oct, Lord Howe's half hour
      // 5 Apr and 4 Oct), every 3 hours elsewhere in the 300 days. Mismatches
      // are gathered and compared once: an expect per step made the walk take
      // over five seconds on a busy 2-core machine.
      const mismatches: string[] = []
      const dense: [number, number][] = [
        [Date.parse('2026-03-01T00:00:00Z'), Date.parse('2026-04-15T00:00:00Z')],
        [Date.parse('2026-09-25T00:00:00Z'), Date.parse('2026-11-05T00:00:00Z')],
      ]
      const start = Date.parse('2026-03-01T00:00:00Z')
      const isDense = (t: number) => dense.some(([from, to]) => t >= from && t < to)
      for (
        let t = start;
        t < start + 300 * DAY;
        t += isDense(t) ? 7 * MIN + 13_000 : 3 * HOUR + 7 * MIN + 13_000
      ) {
        const parts = localParts(t, zone)
        const got = local(t)
        const want = { hour: parts.hour, date: dateKey(parts) }
        if (got.hour !== want.hour || got.date !== want.date) {
          mismatches.push(
            `${zone} ${new Date(t).toISOString()}: ${got.date} ${got.hour}h, Intl says ${want.date} ${want.hour}h`,
          )
        }
      }
      expect(mismatches).toEqual([])
    }
  })
})
