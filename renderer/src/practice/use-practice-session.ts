import { useEffect, useRef, useState } from 'react'
import type { Timeline } from '../../../electron/shared/practice/timeline'
import { api } from '../api'
import type { Cue } from '../../../electron/shared/practice/engine'
import { PlayerController, type PlayerView } from './player-controller'
import { speak, stopSpeaking } from './speech'

/** Saves progress this often too, so a long step or an open timer is not lost if the app closes. */
const CHECKPOINT_EVERY_MS = 60_000

export interface SessionOutcome {
  sessionId: string
  status: 'completed' | 'stopped'
  actualMs: number
  plannedMs: number | null
  /** Null when saving failed; the message says why. */
  saveError: string | null
}

/** Whatever makes the cues heard: howler in the app, a stub in component tests. */
export interface CuePlayer {
  playCue: (cue: Cue) => void
}

export interface SessionOptions {
  sessionId: string
  timeline: Timeline
  audio: CuePlayer
  speech: boolean
  onEnd: (outcome: SessionOutcome) => void
}

/**
 * Runs one session: the controller keeps time, cues go to the audio and speech, and the session
 * is saved as it goes (as "stopped" so far) and once more when it completes or is stopped.
 */
export function usePracticeSession(options: SessionOptions) {
  const latest = useRef(options)
  const [controller] = useState(() => new PlayerController(options.timeline, browserTimers))
  const [view, setView] = useState<PlayerView>(() => ({
    status: 'running',
    stepIndex: 0,
    phase: null,
    breathKey: '',
  }))
  const startedAt = useRef(0)
  const lastStep = useRef(-1)
  const finished = useRef(false)

  useEffect(() => {
    latest.current = options
  })

  useEffect(() => {
    const record = async (status: 'completed' | 'stopped') => {
      const { sessionId, timeline } = latest.current
      const result = await api().practice.recordSession({
        id: sessionId,
        practiceId: timeline.practiceId,
        practiceTitle: timeline.title,
        plannedMs: timeline.totalMs,
        actualMs: Math.round(controller.clock.activeMs()),
        status,
        startedAt: startedAt.current,
        endedAt: Math.max(startedAt.current, Date.now()),
      })
      return result.ok ? null : result.error.message
    }
    const onView = (next: PlayerView) => {
      setView(next)
      if (next.status === 'completed' || next.status === 'stopped') {
        if (finished.current) return
        finished.current = true
        stopSpeaking()
        const status = next.status
        void record(status).then((saveError) =>
          latest.current.onEnd({
            sessionId: latest.current.sessionId,
            status,
            actualMs: Math.round(controller.clock.activeMs()),
            plannedMs: latest.current.timeline.totalMs,
            saveError,
          }),
        )
      } else if (next.stepIndex !== lastStep.current) {
        if (lastStep.current >= 0) void record('stopped')
        lastStep.current = next.stepIndex
      }
    }
    controller.listen(onView)
    controller.listenCues((cue) => {
      const { audio, speech, timeline } = latest.current
      audio.playCue(cue)
      if (speech && cue.kind === 'step') {
        const step = timeline.steps[cue.stepIndex]
        if (step) speak(step.text)
      }
    })
    startedAt.current = Date.now()
    controller.start()
    const checkpoint = window.setInterval(() => {
      if (controller.status === 'running') void record('stopped')
    }, CHECKPOINT_EVERY_MS)
    const onHide = () => {
      if (!finished.current && controller.clock.activeMs() > 0) void record('stopped')
    }
    // Back from hidden: catch up at once (right step, no burst) rather than at the next timer.
    const onVisible = () => {
      if (document.visibilityState === 'visible') controller.tick()
    }
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.clearInterval(checkpoint)
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onVisible)
      // Leaving the screen mid-session (another screen, the tray opening a practice) still
      // keeps what was practised.
      onHide()
      controller.dispose()
      stopSpeaking()
    }
  }, [controller])

  return { controller, view }
}

const browserTimers = {
  now: () => performance.now(),
  setTimer: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimer: (handle: number) => window.clearTimeout(handle),
}
