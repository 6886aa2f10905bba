import type { Checkin } from '../checkins/schema'
import type { Consistency } from './consistency'
import type { FactorEffect } from './factor-effects'

/** One local day's tension self-ratings: their mean and how many there were. */
export interface ReportDay {
  /** Days since 1970-01-01 in the rating's own local time. */
  day: number
  mean: number
  count: number
}

export interface ReportRegion {
  region: string
  mean: number
  count: number
}

/** A 7-day block counted from the report's start (the last one may be shorter). */
export interface ReportWeek {
  start: number
  days: number
  practiceMinutes: number
  sessions: number
  breaksTaken: number
  breaksSkipped: number
  /** Sitting stretches of more than 30 minutes that started in the block (break reminders). */
  longSittings: number
}

/** A practice stopped for pain or discomfort (an adverse event, as the person reported it). */
export interface ReportStop {
  sessionId: string
  /** When the session started. */
  startedAt: number
  practiceTitle: string
  reason: 'pain' | 'discomfort'
  regions: string[]
  stepIndex: number
  stepText: string
  movement: boolean
  note: string
}

export interface ReportData {
  from: number
  to: number
  ratingCount: number
  days: ReportDay[]
  regions: ReportRegion[]
  weeks: ReportWeek[]
  checkins: Checkin[]
  /** Tags and habits compared by the tension of days with and without them. */
  factors: FactorEffect[]
  /** Calendar weeks with practice on the target number of days. */
  consistency: Consistency
  /** Practices stopped for pain or discomfort, oldest first. */
  stops: ReportStop[]
}

export const REPORT_MAX_DAYS = 400
