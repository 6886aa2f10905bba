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
  return {
    playCue: (cue: PlayedCue) => {
      audio.playCue(cue)
      if (cue.kind !== 'step' || cue.stepIndex === 0) return
      if (timeline.steps[cue.stepIndex]?.bell) return
      audio.playCue({ atMs: cue.atMs, kind: 'bell', bell: 'step' })
    },
  }
}
