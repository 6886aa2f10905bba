/**
 * A resonance-rate finder without a sensor: two minutes at each rate from 6.5 down to 4.5
 * breaths a minute, with a longer out-breath, the person rating how easy and how calm each felt.
 * It is a comfort-based guide, not a heart-rate-variability measurement: with a sensor, the rate
 * is found from the heart's rhythm (Shaffer & Meehan 2020, Front Neurosci 14:570400; Steffen et
 * al. 2017, Front Public Health 5:222).
 */
export const FINDER_RATES = [6.5, 6, 5.5, 5, 4.5] as const
export const FINDER_STEP_MIN = 2
/** The out-breath is one and a half times the in-breath. */
export const FINDER_EXHALE_RATIO = 1.5
/** Where no rate stands out, the usual starting pace. */
export const USUAL_RATE = 6

export interface RateRating {
  rate: number
  /** 0 (a strain) to 10 (effortless). */
  ease: number
  /** 0 (not calm) to 10 (very calm). */
  calm: number
}

/**
 * The rate that felt best: the highest ease plus calm; on a tie, the easier one; then the one
 * nearer the usual 6 a minute (a slower pace is no better in itself). Null with no ratings.
 */
export function chooseRate(ratings: readonly RateRating[]): number | null {
  let best: RateRating | null = null
  for (const r of ratings) {
    if (
      !best ||
      r.ease + r.calm > best.ease + best.calm ||
      (r.ease + r.calm === best.ease + best.calm &&
        (r.ease > best.ease ||
          (r.ease === best.ease &&
            Math.abs(r.rate - USUAL_RATE) < Math.abs(best.rate - USUAL_RATE))))
    ) {
      best = r
    }
  }
  return best?.rate ?? null
}
