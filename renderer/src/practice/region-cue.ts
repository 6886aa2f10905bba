import type { Timeline } from '../../../electron/shared/practice/timeline'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import type { PlayedCue } from './player-controller'
import type { CuePlayer } from './use-practice-session'

/**
 * A body scan is often done lying down with the eyes closed, so every move to a new region
 * is heard: a step that rings no bell of its own gets the soft step bell. It goes through the
 * same audio as every other cue, so mute and the bell volume apply.
 */
export function withRegionCues(
  audio: CuePlayer,
  timeline: Timeline,
  category: PracticeScript['category'],
): CuePlayer {
  if (category !== 'body-scan') return audio
  const nap = audio.nap
  return {
    // A new region rings the step bell even where the step itself makes no sound.
    ...(nap
      ? {
          nap: {
            hold: () => nap.hold(),
            release: () => nap.release(),
            sounds: (cue: PlayedCue) =>
              nap.sounds(cue) ||
              (cue.kind === 'step' &&
                cue.stepIndex > 0 &&
                !timeline.steps[cue.stepIndex]?.bell &&
                nap.sounds({ atMs: cue.atMs, kind: 'bell', bell: 'step' })),
          },
        }
      : {}),
    playCue: (cue: PlayedCue) => {
      audio.playCue(cue)
      if (cue.kind !== 'step' || cue.stepIndex === 0) return
      if (timeline.steps[cue.stepIndex]?.bell) return
      audio.playCue({ atMs: cue.atMs, kind: 'bell', bell: 'step' })
    },
  }
}
