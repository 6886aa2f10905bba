import { TENSION_MAX, TENSION_MIN } from '../../../electron/shared/contract/log'
import type { Translator } from '../../../electron/shared/i18n/translator'

/** How soon a "0" must follow a "1" to make 10 rather than 0. */
export const TEN_WINDOW_MS = 1000

export interface DigitMemory {
  /** The last digit typed and when, to join "1" and "0" into 10. */
  last: { digit: string; at: number } | null
}

/**
 * Reads a number key on a 0–10 control: 0–9 set that value, and "1" then "0" within a second
 * makes 10 (as typing "10" in a box would). End also reaches 10. Returns null for other keys.
 */
export function digitValue(
  key: string,
  memory: DigitMemory,
  now: number = Date.now(),
): number | null {
  if (!/^[0-9]$/.test(key)) return null
  const previous = memory.last
  memory.last = { digit: key, at: now }
  if (key === '0' && previous?.digit === '1' && now - previous.at <= TEN_WINDOW_MS) {
    memory.last = null
    return TENSION_MAX
  }
  return Math.max(TENSION_MIN, Math.min(TENSION_MAX, Number(key)))
}

/** The words a screen reader hears and the scale's ends show. */
export function tensionWords(t: Translator, value: number): string {
  if (value === TENSION_MIN) return t.t('log.scale.loose', { value })
  if (value === TENSION_MAX) return t.t('log.scale.tightest', { value })
  return t.t('log.scale.valueOf', { value, max: TENSION_MAX })
}
