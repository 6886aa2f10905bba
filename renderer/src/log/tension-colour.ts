import { TENSION_MAX } from '../../../electron/shared/contract/log'

/**
 * The calm ramp from loose to tight: sea green, sand, clay. Mid-light tones that sit on both
 * the light and the dark theme, and that also change in lightness, so the ramp reads for
 * people who do not tell green from red. Colour is never the only cue: the number is shown.
 */
const STOPS: readonly [number, number, number][] = [
  [127, 191, 174],
  [227, 199, 122],
  [212, 128, 95],
]

/** The ramp's colour for a 0–10 value, as `rgb(r g b)`. */
export function tensionColour(value: number): string {
  const t = Math.max(0, Math.min(1, value / TENSION_MAX)) * (STOPS.length - 1)
  const i = Math.min(STOPS.length - 2, Math.floor(t))
  const f = t - i
  const [a, b] = [STOPS[i], STOPS[i + 1]] as [(typeof STOPS)[number], (typeof STOPS)[number]]
  const mix = a.map((c, k) => Math.round(c + ((b[k] ?? c) - c) * f))
  return `rgb(${mix.join(' ')})`
}

/** The whole ramp as a CSS gradient, for the scale's track. */
export const TENSION_GRADIENT = `linear-gradient(to right, ${STOPS.map((s) => `rgb(${s.join(' ')})`).join(', ')})`
