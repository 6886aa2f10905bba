import type { CustomBreathingBody } from '../../../electron/shared/practice/custom-schema'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import type { Translate } from './format'

type Pattern = Omit<CustomBreathingBody, 'lengthMin'>

/** "in 4, hold 4, out 6 s": a breathing pattern in the chosen language (zero phases left out). */
export function describePatternIn(t: Translate, body: Pattern): string {
  return t('practice.pattern.describe', {
    inhale: body.inhale,
    topUp: body.topUp,
    hasTopUp: body.topUp > 0,
    holdIn: body.holdIn,
    hasHoldIn: body.holdIn > 0,
    exhale: body.exhale,
    holdOut: body.holdOut,
    hasHoldOut: body.holdOut > 0,
  })
}

/**
 * Loosen's own words around a custom breathing pattern (customBreathingScript writes them in
 * English), by step id; the user's name for the pattern is left as written. A step this does
 * not know keeps the English text, so a new step there is never lost, only untranslated.
 */
const STEP_WORDS: Readonly<Record<string, { text: MessageKey; detail?: MessageKey }>> = {
  settle: {
    text: 'practice.customBreathing.settle.text',
    detail: 'practice.customBreathing.settle.detail',
  },
  pace: {
    text: 'practice.customBreathing.pace.text',
    detail: 'practice.customBreathing.pace.detail',
  },
  close: { text: 'practice.customBreathing.close.text' },
}

export function localizeCustomBreathing(
  t: Translate,
  script: PracticeScript,
  body: CustomBreathingBody,
): PracticeScript {
  const cycleS = body.inhale + body.topUp + body.holdIn + body.exhale + body.holdOut
  return {
    ...script,
    summary: t('practice.customBreathing.summary', {
      pattern: describePatternIn(t, body),
      perMin: 60 / cycleS,
    }),
    steps: script.steps.map((step) => {
      const words = STEP_WORDS[step.id]
      if (!words) return step
      return {
        ...step,
        text: t(words.text),
        ...(step.detail !== undefined && words.detail ? { detail: t(words.detail) } : {}),
      }
    }),
  }
}
