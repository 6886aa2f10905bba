import type { HipRegion } from '../contract/log'
import type { TrendPoint } from './series'

export const INSIGHTS_RANGES = ['30', '90', '365', 'all'] as const
export type InsightsRange = (typeof INSIGHTS_RANGES)[number]

export interface PracticeInsight {
  practiceId: string
  title: string
  /** Sessions of this practice in the range, finished or stopped early. */
  sessions: number
  /** Sessions with both a before and an after self-rating. */
  rated: number
  /** Mean of (after − before); negative means less tense afterwards. Null when none were rated. */
  averageChange: number | null
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

export interface Insights {
  range: InsightsRange
  /** First and last local day of the range (null first day for "all" with no data). */
  fromDay: number | null
  toDay: number
  totals: { ratings: number; days: number; average: number | null }
  /** Self-ratings logged at any time, so an empty period can be told from an empty log. */
  everRated: number
  trend: TrendPoint[]
  /** Days per trend point: 1 normally, more when a long range was thinned out for the chart. */
  bucketDays: number
  practices: PracticeInsight[]
  sitting: SittingInsight
  regions: RegionInsight[]
}
