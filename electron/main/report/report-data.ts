import type {
  ReportData,
  ReportDay,
  ReportRegion,
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

/**
 * The figures of the clinician report, read only: tension per local day, body-map regions,
 * check-ins, and per 7-day block the practice minutes and the breaks taken and skipped (a
 * reminder followed by a break, or skipped). Each figure is a plain SQL aggregate, so a test can
 * recompute it from the database.
 */
export class ReportReader {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly checkins: CheckinsRepository,
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
      checkins: this.checkins.list(from, to - 1),
      factors: factorEffects(readFactorDays(this.sql.db, from, to)),
      consistency: weeklyConsistency(
        (this.sql.get(PRACTICE_STARTS).all(from, to) as { at: number }[]).map((r) => r.at),
        from,
        to,
        this.now(),
      ),
    }
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
    for (const week of weeks) week.practiceMinutes = Math.round(week.practiceMinutes)
    return weeks
  }
}
