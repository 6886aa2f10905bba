import type { CustomPractice } from '../../../electron/shared/contract/practice'
import { localizeScript, type PlainLookup } from '../../../electron/shared/i18n/script-messages'
import {
  buildTimerTimeline,
  customBreathingScript,
} from '../../../electron/shared/practice/custom-scripts'
import type { CustomTimerBody } from '../../../electron/shared/practice/custom-schema'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import { buildTimeline, type Timeline } from '../../../electron/shared/practice/timeline'
import { localizeCustomBreathing } from './custom-words'
import type { Translate } from './format'
import { findBuiltIn } from './library'

/** One thing the user can start: a built-in script or one of their own patterns and presets. */
export interface PracticeEntry {
  id: string
  title: string
  script: PracticeScript
  /** Present for the open timer and timer presets. */
  timer: CustomTimerBody | null
  custom: CustomPractice | null
}

export const DEFAULT_TIMER: CustomTimerBody = {
  warmUpS: 10,
  lengthMin: 10,
  intervalMin: null,
  startBell: true,
  endBell: true,
}

/** The translator's lookups entryFor needs: script words by id, and Loosen's own messages. */
export interface ScriptWords {
  plain: PlainLookup
  t: Translate
}

/**
 * What `id` starts, with a built-in script's words, and Loosen's words around a custom pattern,
 * in the chosen language (English when `words` is left out). A custom practice keeps the
 * user's own name as written.
 */
export function entryFor(
  id: string,
  customs: readonly CustomPractice[],
  words?: ScriptWords,
): PracticeEntry | null {
  const plain: PlainLookup = words ? words.plain : (_key, english) => english
  const found = findBuiltIn(id)
  const builtIn = found ? localizeScript(found, plain) : null
  if (builtIn) {
    const timer =
      builtIn.category === 'timer'
        ? { ...DEFAULT_TIMER, lengthMin: builtIn.defaultLengthMin }
        : null
    return { id, title: builtIn.title, script: builtIn, timer, custom: null }
  }
  const custom = customs.find((practice) => practice.id === id)
  if (!custom) return null
  if (custom.kind === 'breathing') {
    const english = customBreathingScript(custom.id, custom.name, custom.body)
    const script = words ? localizeCustomBreathing(words.t, english, custom.body) : english
    return { id, title: custom.name, script, timer: null, custom }
  }
  const timerScript = findBuiltIn('open-timer')
  if (!timerScript) return null
  const openTimer = localizeScript(timerScript, plain)
  return { id, title: custom.name, script: openTimer, timer: custom.body, custom }
}

export interface SessionChoice {
  lengthMin: number | null
  positionId?: string | undefined
  breathsPerMin?: number | undefined
  exhaleRatio?: number | undefined
  timer?: CustomTimerBody | undefined
}

export function planTimeline(entry: PracticeEntry, choice: SessionChoice): Timeline {
  if (entry.timer) {
    const timeline = buildTimerTimeline(entry.script, choice.timer ?? entry.timer)
    return { ...timeline, practiceId: entry.id, title: entry.title }
  }
  return buildTimeline(entry.script, choice)
}
