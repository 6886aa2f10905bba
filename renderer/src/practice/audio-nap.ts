import { cuesBetween } from '../../../electron/shared/practice/engine'
import type { PlayedCue, PlayerController } from './player-controller'

/**
 * How far ahead of a sound the audio context is woken. The player looks at the time at least
 * once a second (its heartbeat), so every sound is seen coming at least half a second early:
 * time enough for a sleeping context to resume (tens of milliseconds) before the bell is due.
 */
export const WAKE_AHEAD_MS = 1500

/** The part of the audio that sleeps between sounds. */
export interface NappingAudio {
  /** Keeps the context awake: a sound is due soon. */
  hold: () => unknown
  /** Lets it sleep once nothing plays. */
  release: () => void
  /** Whether a cue makes a sound (muted, silent or word-only cues make none). */
  sounds: (cue: PlayedCue) => boolean
}

/**
 * Whether the session will make a sound within WAKE_AHEAD_MS: only while it runs, since a
 * paused or finished session plays nothing until the user acts (and a sound played then wakes
 * the context itself).
 */
export function soundComing(controller: PlayerController, audio: NappingAudio): boolean {
  if (controller.status !== 'running') return false
  const now = controller.state().elapsedMs
  return cuesBetween(controller.timeline, now, now + WAKE_AHEAD_MS).some((cue) => audio.sounds(cue))
}

/** Holds the audio awake while a sound is coming and lets it sleep otherwise; on every tick. */
export function napBetweenSounds(controller: PlayerController, audio: NappingAudio): void {
  if (soundComing(controller, audio)) void audio.hold()
  else audio.release()
}
