import { useEffect, useRef, useState } from 'react'
import type { Timeline } from '../../../electron/shared/practice/timeline'
import { api } from '../api'
import { PlayerController, type PlayedCue, type PlayerView } from './player-controller'
import { napBetweenSounds, type NappingAudio } from './audio-nap'
import { practisedMs, sessionSave } from './session-save'
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

/**
 * Whatever makes the cues heard: howler in the app, a stub in component tests. One that can
 * sleep between sounds (the Web Audio context) is held awake just before each sound.
 */
export interface CuePlayer {
  playCue: (cue: PlayedCue) => void
  nap?: NappingAudio
}

export interface SessionOptions {
  sessionId: string
  timeline: Timeline
  audio: CuePlayer
  speech: boolean
  /** The BCP-47 language of the step text, so guidance is spoken by a voice for it. */
  language?: string
  onEnd: (outcome: SessionOutcome) => void
}

/**
 * Runs one session: the controller keeps time, cues go to the audio and speech, and the session
 * is saved as it goes (as "stopped" so far, marked running unless paused) and once more when it
 * completes or is stopped. Every save first lets the controller look at the time, so a session
 * whose end passed while the page was held back is saved as completed at its planned length.
 */
export function usePracticeSession(options: SessionOptions) {
  const latest = useRef(options)
  const [controller] = useState(() => new PlayerController(options.timeline, browserTimers))
  // Taken once with the controller: every save of the session names the same start.
  const [startedAt] = useState(() => Date.now())
  const progress = useRef({ step: 0, status: controller.status, finished: false })
  // Under StrictMode (development) React unmounts and mounts again in the same task. The
  // session starts once, and leaving waits for the end of that task (a microtask, which no
  // paused or throttled timer holds up), so that remount carries on with the session instead
  // of saving it as stopped.
  const life = useRef<{ started: boolean; leaving: { cancelled: boolean } | null }>({
    started: false,
    leaving: null,
  })
  const [view, setView] = useState<PlayerView>(() => ({
    status: 'running',
    stepIndex: 0,
    phase: null,
    breathKey: '',
  }))

  useEffect(() => {
    latest.current = options
  })

  useEffect(() => {
    const seen = progress.current
    const lifetime = life.current
    if (lifetime.leaving) lifetime.leaving.cancelled = true
    lifetime.leaving = null
    const record = async (status: 'completed' | 'stopped', running: boolean) => {
      const { sessionId, timeline } = latest.current
      const save = sessionSave({
        sessionId,
        timeline,
        startedAt,
        activeMs: controller.clock.activeMs(),
        endedAtMonotonic: controller.endedAtMonotonic,
        status,
        running,
        wallNow: Date.now(),
        monoNow: performance.now(),
      })
      const result = await api().practice.recordSession(save)
      return result.ok ? null : result.error.message
    }
    // The final save is sent before anything else the end does (speech, the end screen's
    // render), straight from the controller's tick: its arrival is when the session is saved.
    const end = (status: 'completed' | 'stopped') => {
      seen.finished = true
      const saved = record(status, false)
      stopSpeaking()
      void saved.then((saveError) =>
        latest.current.onEnd({
          sessionId: latest.current.sessionId,
          status,
          actualMs: practisedMs(controller.clock.activeMs(), latest.current.timeline.totalMs),
          plannedMs: latest.current.timeline.totalMs,
          saveError,
        }),
      )
    }
    const onView = (next: PlayerView) => {
      if (!seen.finished) {
        if (next.status === 'completed' || next.status === 'stopped') {
          end(next.status)
        } else if (next.status !== seen.status) {
          // Paused or resumed: main hears whether the session still runs.
          void record('stopped', next.status === 'running')
        } else if (next.stepIndex !== seen.step) {
          void record('stopped', true)
        }
        seen.status = next.status
        seen.step = next.stepIndex
      }
      // Only queues a render, after whatever was sent above.
      setView(next)
    }
    /** A checkpoint looks at the time first: an end passed unseen completes the session. */
    const checkpoint = (): boolean => {
      if (!seen.finished) controller.tick()
      return !seen.finished
    }
    controller.listen(onView)
    controller.listenCues((cue) => {
      const { audio, speech, timeline, language } = latest.current
      audio.playCue(cue)
      if (speech && cue.kind === 'step') {
        const step = timeline.steps[cue.stepIndex]
        if (step) speak(step.text, undefined, language === undefined ? {} : { language })
      }
    })
    controller.listenTicks(() => {
      const nap = latest.current.audio.nap
      if (nap) napBetweenSounds(controller, nap)
    })
    if (!lifetime.started) {
      lifetime.started = true
      controller.start()
      if (!seen.finished) void record('stopped', true)
    }
    const every = window.setInterval(() => {
      if (controller.status === 'running' && checkpoint()) void record('stopped', true)
    }, CHECKPOINT_EVERY_MS)
    const onLeave = () => {
      if (checkpoint() && controller.clock.activeMs() > 0) void record('stopped', false)
    }
    const onVisibility = () => {
      // Hidden: save what there is. Back: catch up at once (right step, no burst).
      if (document.visibilityState === 'visible') controller.tick()
      else if (controller.status === 'running' && checkpoint()) void record('stopped', true)
    }
    window.addEventListener('pagehide', onLeave)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.clearInterval(every)
      window.removeEventListener('pagehide', onLeave)
      document.removeEventListener('visibilitychange', onVisibility)
      // Leaving the screen mid-session (another screen, the tray opening a practice) still
      // keeps what was practised; a StrictMode remount cancels this before it runs.
      const leaving = { cancelled: false }
      lifetime.leaving = leaving
      queueMicrotask(() => {
        if (leaving.cancelled) return
        lifetime.leaving = null
        onLeave()
        controller.dispose()
        latest.current.audio.nap?.release()
        stopSpeaking()
      })
    }
  }, [controller, startedAt])

  return { controller, view }
}

const browserTimers = {
  now: () => performance.now(),
  setTimer: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimer: (handle: number) => window.clearTimeout(handle),
}
