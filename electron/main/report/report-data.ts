import type {
  ReportData,
  ReportDay,
  ReportRegion,
  ReportStop,
  ReportWeek,
} from '../../shared/report/report-types'
import { weeklyConsistency } from '../../shared/report/consistency'
import { factorEffects } from '../../shared/report/factor-effects'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'
import type { CheckinsRepository } from '../checkins/checkins-repository'
import { readFactorDays } from './factor-days'

const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS

const DAYS = `SELECT (taken_at + utc_offset_min * 60000) / 86400000 AS day,
    avg(value) AS mean, count(*) AS count
  FROM ratings WHERE taken_at >= ? AND taken_at < ? GROUP BY day ORDER BY day`

const REGIONS = `SELECT g.region AS region, avg(g.value) AS mean, count(*) AS count
  FROM rating_regions g JOIN ratings r ON r.id = g.rating_id
  WHERE r.taken_at >= ? AND r.taken_at < ? GROUP BY g.region ORDER BY mean DESC, region`

const SESSIONS = `SELECT started_at AS at, actual_ms AS ms FROM practice_sessions
  WHERE started_at >= ? AND started_at < ?`

/** A day with practice: a session of at least a minute started that day. */
const PRACTICE_STARTS = `SELECT started_at AS at FROM practice_sessions
  WHERE started_at >= ? AND started_at < ? AND actual_ms >= 60000`

const BREAKS = `SELECT occurred_at AS at, kind FROM break_events
  WHERE occurred_at >= ? AND occurred_at < ? AND kind IN ('taken', 'skipped')`

/** Practices stopped for pain or discomfort, by the start of their session. */
const STOPS = `SELECT p.id AS sessionId, p.started_at AS startedAt, p.practice_title AS practiceTitle,
    s.reason AS reason, s.regions AS regions, s.step_index AS stepIndex, s.step_text AS stepText,
    s.movement AS movement, s.note AS note
  FROM practice_stop_reasons s JOIN practice_sessions p ON p.id = s.session_id
  WHERE p.started_at >= ? AND p.started_at < ? ORDER BY p.started_at, p.id`

/** A sitting stretch longer than this is a "long sitting" in the adherence figures. */
export const LONG_SITTING_MS = 30 * 60_000

/** What the report reads of other features, through their own read methods. */
export interface ReportSources {
  checkins: CheckinsRepository
  /** The break reminders' sitting stretches overlapping [from, to), clipped to it. */
  sittingSpans: (from: number, to: number) => { startedAt: number; endedAt: number }[]
  /** The weekly practice target (days a week) the person chose. */
  weeklyTarget: () => number
  /** The day calendar weeks start on in the person's locale (1 = Monday … 7 = Sunday). */
  firstDayOfWeek: () => number
}

/**
 * The figures of the clinician report, read only: tension per local day, body-map regions,
 * check-ins, practices stopped for pain or discomfort, and per 7-day block the practice minutes,
 * the breaks taken and skipped (a reminder followed by a break, or skipped) and the sitting
 * stretches over 30 minutes. Each figure is a plain SQL aggregate, so a test can
 * recompute it from the database.
 */
export class ReportReader {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly sources: ReportSources,
    private readonly now: () => number,
  ) {
    this.sql = new Statements(db)
  }

  read(from: number, to: number): ReportData {
    const days = this.sql.get(DAYS).all(from, to) as unknown as ReportDay[]
    const regions = this.sql.get(REGIONS).all(from, to) as unknown as ReportRegion[]
    return {
      from,
      to,
      ratingCount: days.reduce((sum, d) => sum + d.count, 0),
      days,
      regions,
      weeks: this.weeks(from, to),
      checkins: this.sources.checkins.list(from, to - 1),
      factors: factorEffects(readFactorDays(this.sql.db, from, to)),
      consistency: weeklyConsistency(
        (this.sql.get(PRACTICE_STARTS).all(from, to) as { at: number }[]).map((r) => r.at),
        from,
        to,
        this.now(),
        this.sources.weeklyTarget(),
        this.sources.firstDayOfWeek(),
      ),
      stops: this.stops(from, to),
    }
  }

  private stops(from: number, to: number): ReportStop[] {
    const rows = this.sql.get(STOPS).all(from, to) as unknown as (Omit<
      ReportStop,
      'regions' | 'movement'
    > & { regions: string; movement: number })[]
    return rows.map((row) => ({
      ...row,
      regions: JSON.parse(row.regions) as string[],
      movement: row.movement === 1,
    }))
  }

  private weeks(from: number, to: number): ReportWeek[] {
    const weeks: ReportWeek[] = []
    for (let start = from; start < to; start += WEEK_MS) {
      const end = Math.min(start + WEEK_MS, to)
      weeks.push({
        start,
        days: Math.ceil((end - start) / DAY_MS),
        practiceMinutes: 0,
        sessions: 0,
        breaksTaken: 0,
        breaksSkipped: 0,
        longSittings: 0,
      })
    }
    const weekOf = (at: number) => weeks[Math.floor((at - from) / WEEK_MS)]
    for (const row of this.sql.get(SESSIONS).all(from, to) as { at: number; ms: number }[]) {
      const week = weekOf(row.at)
      if (!week) continue
      week.sessions += 1
      week.practiceMinutes += row.ms / 60_000
    }
    for (const row of this.sql.get(BREAKS).all(from, to) as { at: number; kind: string }[]) {
      const week = weekOf(row.at)
      if (!week) continue
      if (row.kind === 'taken') week.breaksTaken += 1
      else week.breaksSkipped += 1
    }
    // A stretch clipped at the period's start counts only if what lies inside is long.
    for (const span of this.sources.sittingSpans(from, to)) {
      const week = weekOf(span.startedAt)
      if (week && span.endedAt - span.startedAt > LONG_SITTING_MS) week.longSittings += 1
    }
    for (const week of weeks) week.practiceMinutes = Math.round(week.practiceMinutes)
    return weeks
  }
}
