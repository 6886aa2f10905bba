import type { CueSetting, CueTrigger } from '../../shared/settings/reminders'

const MINUTE = 60_000
/** A plan offered is not offered again this soon: a screen locked ten times an hour is one nudge. */
export const CUE_REST_MS = 30 * MINUTE

/**
 * The one cue an event brings: the first of the user's plans (in their order) that this event
 * matches. "Back from being away" matches only an absence at least as long as the plan says;
 * a plan offered less than CUE_REST_MS ago (`offeredAt`, by id) rests.
 */
export function pickCue(
  cues: readonly CueSetting[],
  triggers: readonly CueTrigger[],
  awayMs: number,
  now: number,
  offeredAt: ReadonlyMap<string, number> = new Map(),
): CueSetting | null {
  return (
    cues.find(
      (cue) =>
        triggers.includes(cue.trigger) &&
        (cue.trigger !== 'back' || awayMs >= cue.awayMin * MINUTE) &&
        now - (offeredAt.get(cue.id) ?? Number.NEGATIVE_INFINITY) >= CUE_REST_MS,
    ) ?? null
  )
}
