import type { CueSetting, CueTrigger } from '../../shared/settings/reminders'

const MINUTE = 60_000

/**
 * The one cue an event brings: the first of the user's plans (in their order) that this event
 * matches. "Back from being away" matches only an absence at least as long as the plan says.
 */
export function pickCue(
  cues: readonly CueSetting[],
  triggers: readonly CueTrigger[],
  awayMs: number,
): CueSetting | null {
  return (
    cues.find(
      (cue) =>
        triggers.includes(cue.trigger) &&
        (cue.trigger !== 'back' || awayMs >= cue.awayMin * MINUTE),
    ) ?? null
  )
}
