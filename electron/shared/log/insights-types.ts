import type { HipRegion } from '../contract/log'
import type { TrendPoint } from './series'

export const INSIGHTS_RANGES = ['30', '90', '365', 'all'] as const
export type InsightsRange = (typeof INSIGHTS_RANGES)[number]

/** Rated sessions a practice needs before its before/after figures are shown (and sorted on). */
export const ENOUGH_RATED_SESSIONS = 5

export interface PracticeInsight {
  practiceId: string
  title: string
  /** Sessions of this practice in the range, finished or stopped early. */
  sessions: number
  /** Sessions with both a before and an after self-rating. */
  rated: number
  /** Mean of (after − before); negative means less tense afterwards. Null when none were rated. */
  averageChange: number | null
  /** Mean before and after self-ratings of the rated sessions (for the before/after picture). */
  averageBefore: number | null
  averageAfter: number | null
  /** Share (0–1) of rated sessions with a drop of ≥ 2 points or ≥ 30%. */
  meaningfulShare: number | null
  /** Share (0–1) of rated sessions with a drop of ≥ 1 point or ≥ 15%. */
  minimalShare: number | null
}

export interface SittingDay {
  day: number
  sittingMin: number
  breaks: number
  /** Average self-rating that day, or null when nothing was logged. */
  tension: number | null
}

export interface TensionBucket {
  label: string
  days: number
  /** Average of the daily tension averages in this bucket; null when none of its days has one. */
  tension: number | null
}

export interface SittingInsight {
  days: SittingDay[]
  bucketDays: number
  bySitting: TensionBucket[]
  byBreaks: TensionBucket[]
}

export interface RegionInsight {
  region: HipRegion
  average: number
  count: number
}

/** Before- and after-practice self-ratings of one local day (or thinned run of days). */
export interface PracticeDayPoint {
  day: number
  /** Average of the ratings given before a practice that day; null when none. */
  before: number | null
  after: number | null
  /** Ratings around practices that day, before and after together. */
  count: number
}

/**
 * The headline: the everyday check-ins of the last `periodDays` local days beside the same
 * number of days before them. Only check-ins, so a day with many practices does not tilt it.
 */
export interface InsightsHeadline {
  periodDays: number
  count: number
  average: number | null
  previousCount: number
  previousAverage: number | null
}

export interface Insights {
  range: InsightsRange
  /** First and last local day of the range (null first day for "all" with no data). */
  fromDay: number | null
  toDay: number
  /** Every self-rating of the range, check-ins and ratings around practices together. */
  totals: { ratings: number; days: number; average: number | null }
  /** Everyday check-ins only (ratings not given before or after a practice). */
  checkins: { ratings: number; days: number; average: number | null }
  headline: InsightsHeadline
  /** Self-ratings logged at any time, so an empty period can be told from an empty log. */
  everRated: number
  /** Daily averages of the everyday check-ins. */
  trend: TrendPoint[]
  /** Daily averages of the ratings around practices, thinned with the same bucketDays. */
  practiceTrend: PracticeDayPoint[]
  /** Days per trend point: 1 normally, more when a long range was thinned out for the chart. */
  bucketDays: number
  practices: PracticeInsight[]
  sitting: SittingInsight
  regions: RegionInsight[]
}
