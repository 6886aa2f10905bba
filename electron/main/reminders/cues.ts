import type { Translator } from '../../shared/i18n/translator'
import { cueNotice } from '../../shared/reminders/cue-text'
import type { CueSetting, CueTrigger } from '../../shared/settings/reminders'
import type { Notifier } from './reminder-world'

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

export interface CueOfferDeps {
  now: () => number
  notifier: Notifier
  words: () => Translator
  /** Starts what the plan offers, when its notification is clicked. */
  open: (cue: CueSetting) => void
}

/** Offers at most one planned cue per event, as a notification, and remembers when each rested. */
export class CueOffers {
  private readonly offeredAt = new Map<string, number>()

  constructor(private readonly deps: CueOfferDeps) {}

  offer(plans: readonly CueSetting[], triggers: readonly CueTrigger[], awayMs: number): void {
    const now = this.deps.now()
    const cue = pickCue(plans, triggers, awayMs, now, this.offeredAt)
    if (!cue) return
    this.offeredAt.set(cue.id, now)
    const open = () => this.deps.open(cue)
    this.deps.notifier.show(
      { kind: 'cue', ...cueNotice(cue.trigger, cue.action, this.deps.words()), actions: [] },
      { click: open, action: open },
    )
  }
}
