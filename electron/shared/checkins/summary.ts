import { globalChangeLabel, globalChangeMeaningful } from './global-change'
import { pegChange, pegReductionPct, type PegChange } from './peg'
import type { Checkin } from './schema'

export interface PegSummary {
  count: number
  /** The first PEG answered, the one later scores are compared with. */
  baseline: { score: number; takenAt: number } | null
  latest: { score: number; takenAt: number; answers: number[] } | null
  change: PegChange
  /** Reduction from baseline in percent (negative: the score rose); null with one score or none. */
  reductionPct: number | null
}

export interface GlobalChangeSummary {
  count: number
  latest: { value: number; label: string; takenAt: number; meaningful: boolean } | null
}

function answered(checkins: readonly Checkin[], instrument: Checkin['instrument']): Checkin[] {
  return checkins
    .filter((entry) => entry.instrument === instrument && entry.status === 'answered')
    .sort((a, b) => a.takenAt - b.takenAt)
}

export function summarizePeg(checkins: readonly Checkin[]): PegSummary {
  const pegs = answered(checkins, 'peg')
  const first = pegs[0]
  const last = pegs.at(-1)
  if (!first || !last || first.score === null || last.score === null) {
    return { count: 0, baseline: null, latest: null, change: 'no-baseline', reductionPct: null }
  }
  const compared = pegs.length > 1
  return {
    count: pegs.length,
    baseline: { score: first.score, takenAt: first.takenAt },
    latest: { score: last.score, takenAt: last.takenAt, answers: last.answers },
    change: compared ? pegChange(first.score, last.score) : 'no-baseline',
    reductionPct: compared ? pegReductionPct(first.score, last.score) : null,
  }
}

export function summarizeGlobalChange(checkins: readonly Checkin[]): GlobalChangeSummary {
  const answers = answered(checkins, 'global-change')
  const last = answers.at(-1)
  const value = last?.answers[0]
  if (!last || value === undefined) return { count: 0, latest: null }
  return {
    count: answers.length,
    latest: {
      value,
      label: globalChangeLabel(value),
      takenAt: last.takenAt,
      meaningful: globalChangeMeaningful(value),
    },
  }
}

export const PEG_MEANING =
  'The PEG score is the average of three 0–10 answers: pain on average, and how much pain got in the way of enjoying life and of general activity in the past week. Lower is better.'

export const BORROWED_NOTE =
  'Thresholds are borrowed from pain research on groups of people (IMMPACT, Dworkin et al. 2008). They help you and a clinician read the numbers; they are not a diagnosis.'

/** One sentence on the PEG change since the first check-in, or null when there is no comparison. */
export function pegChangeSentence(summary: PegSummary): string | null {
  if (summary.reductionPct === null || !summary.baseline || !summary.latest) return null
  const from = `${summary.baseline.score.toFixed(1)} to ${summary.latest.score.toFixed(1)}`
  const pct = Math.abs(summary.reductionPct)
  const direction = summary.reductionPct >= 0 ? `${String(pct)}% lower` : `${String(pct)}% higher`
  switch (summary.change) {
    case 'substantial':
      return `From ${from} (${direction}): at least 50% lower, which research treats as a substantial change.`
    case 'moderate':
      return `From ${from} (${direction}): at least 30% lower, which research treats as a meaningful (moderately important) change.`
    default:
      return `From ${from} (${direction}): less than the 30% reduction research treats as meaningful.`
  }
}
