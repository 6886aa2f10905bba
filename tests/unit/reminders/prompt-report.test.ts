import { describe, expect, it } from 'vitest'
import type { NewBreak, SittingSpan } from '../../../electron/main/reminders/break-repository'
import { BreakRepository } from '../../../electron/main/reminders/break-repository'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { promptReport } from '../../../electron/main/reminders/prompt-report'
import { createMainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const NOW = Date.parse('2026-03-20T18:00:00Z')
const MIDNIGHT = Date.parse('2026-03-20T00:00:00Z')
const newFolder = useTempFolder('loosen-prompts-')

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

const prompt = (at: number, waited = 0): NewBreak => ({
  kind: 'prompt',
  occurredAt: at,
  durationMs: waited,
  sittingBeforeMs: 45 * MIN,
})
const taken = (at: number, durationMs = 3 * MIN): NewBreak => ({
  kind: 'taken',
  occurredAt: at,
  durationMs,
  sittingBeforeMs: 45 * MIN,
})
const natural = (at: number, sittingBeforeMs: number): NewBreak => ({
  kind: 'natural',
  occurredAt: at,
  durationMs: 5 * MIN,
  sittingBeforeMs,
})

describe('how often prompts were followed by a break', () => {
  it('counts a break of at least a minute starting within 1, 3 and 5 minutes of each prompt', () => {
    const { breaks, close } = repository()
    const day = NOW - DAY
    breaks.write(
      [
        prompt(day + 9 * HOUR),
        taken(day + 9 * HOUR + 30_000), // within 1
        prompt(day + 10 * HOUR),
        natural(day + 10 * HOUR + 2 * MIN, 45 * MIN), // within 3
        prompt(day + 11 * HOUR),
        taken(day + 11 * HOUR + 4 * MIN), // within 5
        prompt(day + 12 * HOUR),
        taken(day + 12 * HOUR + 10 * MIN), // too late
        prompt(day + 13 * HOUR),
        { ...taken(day + 13 * HOUR + 30_000), kind: 'not-taken' }, // not a break
        prompt(day + 14 * HOUR),
        taken(day + 14 * HOUR + 30_000, 30_000), // shorter than a minute
      ],
      [],
    )
    const report = promptReport(breaks, NOW, 'UTC', { intervalMin: 45 })
    expect(report.overall).toEqual({ prompts: 6, within1: 1, within3: 2, within5: 3 })
    close()
  })

  it('a break that began before the prompt did not follow it', () => {
    const { breaks, close } = repository()
    const at = NOW - 2 * HOUR
    breaks.write([natural(at - MIN, 45 * MIN), prompt(at)], [])
    expect(promptReport(breaks, NOW, 'UTC', { intervalMin: 45 }).overall.within5).toBe(0)
    close()
  })

  it('groups prompts by local hour of day', () => {
    const { breaks, close } = repository()
    // 08:00 UTC is 09:00 in Berlin in March (UTC+1).
    const day = MIDNIGHT - DAY
    breaks.write(
      [prompt(day + 8 * HOUR), taken(day + 8 * HOUR + MIN), prompt(day + 8 * HOUR + 30 * MIN)],
      [],
    )
    const report = promptReport(breaks, NOW, 'Europe/Berlin', { intervalMin: 45 })
    expect(report.byHour).toEqual([{ hour: 9, prompts: 2, within1: 1, within3: 1, within5: 1 }])
    close()
  })

  it('looks back four weeks only', () => {
    const { breaks, close } = repository()
    breaks.write([prompt(NOW - 29 * DAY), prompt(NOW - 27 * DAY)], [])
    expect(promptReport(breaks, NOW, 'UTC', { intervalMin: 45 }).overall.prompts).toBe(1)
    close()
  })

  it('averages the wait for a pause in typing over the prompts that waited', () => {
    const { breaks, close } = repository()
    breaks.write(
      [prompt(NOW - HOUR, 20_000), prompt(NOW - 2 * HOUR, 40_000), prompt(NOW - 3 * HOUR)],
      [],
    )
    expect(promptReport(breaks, NOW, 'UTC', { intervalMin: 45 }).meanWaitMs).toBe(30_000)
    close()
  })
})

describe('long sitting bouts', () => {
  it('counts stretches over 30 minutes per local day, with the longest, and the one under way', () => {
    const { breaks, close } = repository()
    const today = Date.parse('2026-03-20T00:00:00Z')
    const spans: SittingSpan[] = [
      { startedAt: today + 9 * HOUR, endedAt: today + 9 * HOUR + 50 * MIN },
      { startedAt: today + 10 * HOUR, endedAt: today + 10 * HOUR + 20 * MIN },
      { startedAt: today - DAY + 9 * HOUR, endedAt: today - DAY + 9 * HOUR + 31 * MIN },
    ]
    breaks.write([], spans)
    const open = { startedAt: NOW - 40 * MIN, endedAt: NOW }
    const report = promptReport(breaks, NOW, 'UTC', { intervalMin: 45 }, open)
    expect(report.bouts).toHaveLength(7)
    expect(report.bouts.at(-1)).toMatchObject({
      date: '2026-03-20',
      over30: 2,
      longestMs: 50 * MIN,
    })
    expect(report.bouts.at(-2)).toMatchObject({
      date: '2026-03-19',
      over30: 1,
      longestMs: 31 * MIN,
    })
    expect(report.bouts[0]).toMatchObject({ over30: 0, longestMs: 0 })
    close()
  })
})

describe('suggestions, never changes', () => {
  function day(n: number) {
    return MIDNIGHT - (n + 1) * DAY + 9 * HOUR
  }

  it('suggests an interval near the user’s own rhythm when prompts are rarely followed', () => {
    const { breaks, close } = repository()
    const records: NewBreak[] = []
    for (let n = 0; n < 20; n++) records.push(prompt(day(n)))
    for (let n = 0; n < 12; n++) records.push(natural(day(n) + 2 * HOUR, 28 * MIN))
    breaks.write(records, [])
    const report = promptReport(breaks, NOW, 'UTC', { intervalMin: 60 })
    expect(report.suggestion).toEqual({
      kind: 'interval',
      currentMin: 60,
      suggestedMin: 30,
      basedOn: 12,
    })
    close()
  })

  it('names an hour when prompts then were followed far less often than at other times', () => {
    const { breaks, close } = repository()
    const records: NewBreak[] = []
    for (let n = 0; n < 15; n++) {
      records.push(prompt(day(n)), taken(day(n) + MIN))
      if (n < 6) records.push(prompt(day(n) + 5 * HOUR)) // 14:00, never followed
    }
    breaks.write(records, [])
    const report = promptReport(breaks, NOW, 'UTC', { intervalMin: 45 })
    expect(report.suggestion).toMatchObject({ kind: 'hour', hour: 14, rate: 0, basedOn: 6 })
    close()
  })

  it('says nothing with fewer than 20 prompts', () => {
    const { breaks, close } = repository()
    const records: NewBreak[] = []
    for (let n = 0; n < 19; n++) records.push(prompt(day(n)))
    for (let n = 0; n < 12; n++) records.push(natural(day(n) + 2 * HOUR, 28 * MIN))
    breaks.write(records, [])
    expect(promptReport(breaks, NOW, 'UTC', { intervalMin: 60 }).suggestion).toBeNull()
    close()
  })

  it('a year of records is reported in a few milliseconds', () => {
    const { breaks, close } = repository()
    const records: NewBreak[] = []
    for (let d = 0; d < 365; d++) {
      for (let h = 0; h < 8; h++) {
        const at = NOW - d * DAY - 9 * HOUR + h * HOUR
        records.push(prompt(at), taken(at + 2 * MIN), natural(at + 30 * MIN, 30 * MIN))
      }
    }
    breaks.write(records, [])
    promptReport(breaks, NOW, 'UTC', { intervalMin: 45 })
    const started = performance.now()
    for (let i = 0; i < 10; i++) promptReport(breaks, NOW, 'Europe/Berlin', { intervalMin: 45 })
    const ms = (performance.now() - started) / 10
    expect(ms).toBeLessThan(20)
    close()
  })
})
