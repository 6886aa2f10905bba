import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Timeline } from '../../../electron/shared/practice/timeline'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'
import { PHASE_LABELS } from './format'
import { backwardArrow, forwardArrow } from '../i18n/arrow-keys'
import { useT, useRich } from '../i18n/i18n-context'
import { modalDialogOpen } from '../hooks/modal-open'
import { BreathPacer } from './BreathPacer'
import { StepMedia } from './StepMedia'
import { StopConfirm } from './StopConfirm'
import { withRegionCues } from './region-cue'
import { useFrameDrawing } from './use-frame-drawing'
import { usePracticeSession, type CuePlayer, type SessionOutcome } from './use-practice-session'
import { useReducedMotion } from './use-reduced-motion'
import { cx } from '../styles/cx'
import styles from './practice.module.css'

/** Stopping before this is quick and unasked; later, the player checks first. */
const ASK_BEFORE_STOP_AFTER_MS = 60_000

interface PlayerProps {
  sessionId: string
  timeline: Timeline
  /** What kind of practice runs: the timer has no steps to move between. Breathing if unsaid. */
  category?: PracticeScript['category']
  audio: CuePlayer
  speech: boolean
  audioNote: string | null
  onEnd: (outcome: SessionOutcome) => void
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

export function Player(props: PlayerProps) {
  const { sessionId, timeline, category = 'breathing', audio, speech, audioNote, onEnd } = props
  const cues = useMemo(() => withRegionCues(audio, timeline, category), [audio, timeline, category])
  const { t, locale } = useT()
  const session = { sessionId, timeline, audio: cues, speech, language: locale.messages, onEnd }
  const { controller, view } = usePracticeSession(session)
  const reduced = useReducedMotion()
  const rich = useRich()
  // A session is full-window from the start: the app steps back; F or the button brings it in.
  const [fullWindow, setFullWindow] = useState(true)
  const [confirming, setConfirming] = useState(false)
  const [practisedMs, setPractisedMs] = useState(0)
  const region = useRef<HTMLElement>(null)
  const count = useRef<HTMLSpanElement>(null)
  const arc = useRef<SVGCircleElement>(null)
  const timeLeft = useRef<HTMLSpanElement>(null)
  const progress = useRef<HTMLDivElement>(null)
  const targets = useMemo(() => ({ count, arc, timeLeft, progress }), [])
  useFrameDrawing(controller, targets, view)

  // The Start button is gone: keep keyboard focus in the session, so Tab reaches its controls.
  useEffect(() => {
    region.current?.focus()
  }, [])

  const step = timeline.steps[view.stepIndex] ?? timeline.steps[0]
  const openEnded = timeline.totalMs === null
  const stepped = category !== 'timer' && timeline.steps.length > 1
  const paused = view.status === 'paused'

  // An open-ended session has no planned end, so ending it is finishing, not stopping early.
  const endNow = useCallback(() => {
    if (openEnded) controller.finish()
    else controller.stop()
  }, [controller, openEnded])
  // On a movement step even a quick stop is asked about: it may be for pain, worth noting.
  const onMovementStep = !openEnded && (timeline.steps[view.stepIndex]?.pose ?? null) !== null
  const requestEnd = useCallback(() => {
    const active = controller.clock.activeMs()
    if (active > ASK_BEFORE_STOP_AFTER_MS || onMovementStep) {
      setPractisedMs(active)
      setConfirming(true)
    } else endNow()
  }, [controller, endNow, onMovementStep])

  useEffect(() => {
    let swallowSpaceUp = false
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog over the session (its own stop question, or Alt+L's quick log) owns the keys.
      if (confirming || modalDialogOpen() || isTyping(event.target)) return
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const actions: Record<string, () => void> = {
        ' ': () => controller.togglePause(),
        Escape: requestEnd,
        f: () => setFullWindow((on) => !on),
        ...(stepped
          ? {
              [backwardArrow(locale.dir)]: () => controller.previous(),
              [forwardArrow(locale.dir)]: () => controller.next(),
            }
          : {}),
      }
      const action = actions[event.key]
      if (!action) return
      event.preventDefault()
      // A focused button would also "click" on Space's key-up; this press was ours.
      if (event.key === ' ') swallowSpaceUp = true
      action()
    }
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && swallowSpaceUp) {
        event.preventDefault()
        swallowSpaceUp = false
      }
    }
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp, true)
    }
  }, [controller, confirming, requestEnd, stepped, locale.dir])

  // Full window covers the rest of the app, so Tab cycles through the session's own controls
  // instead of wandering to links hidden underneath. The stop question is a modal of its own.
  useEffect(() => {
    if (!fullWindow || confirming) return
    const onTab = (event: KeyboardEvent) => {
      const root = region.current
      if (event.key !== 'Tab' || !root || modalDialogOpen()) return
      const controls = [...root.querySelectorAll<HTMLElement>('button:not([disabled])')].filter(
        (button) => !button.closest('dialog'),
      )
      const first = controls[0]
      const last = controls.at(-1)
      if (!first || !last) return
      const active = document.activeElement
      const outside = active === root || !root.contains(active)
      const edge = event.shiftKey ? active === first : active === last
      if (!edge && !outside) return
      event.preventDefault()
      ;(event.shiftKey ? last : first).focus()
    }
    window.addEventListener('keydown', onTab)
    return () => window.removeEventListener('keydown', onTab)
  }, [fullWindow, confirming])

  if (!step) return null
  // The pacer is for breathing practices only; unpaced stretches of one say so. Scans,
  // movement and the timer have no breath to follow, so they show no circle.
  const pattern = timeline.steps.find((s) => s.phases)?.phases ?? null
  const breathing = pattern !== null
  const phaseLabel = view.phase
    ? t(PHASE_LABELS[view.phase])
    : breathing && !step.phases
      ? t('practice.phase.ownPace')
      : ''
  const kbd = (chunks: ReactNode[]) => <kbd>{chunks}</kbd>

  return (
    <section
      ref={region}
      tabIndex={-1}
      className={cx(
        styles['player'],
        'player',
        fullWindow && styles['full-window'],
        fullWindow && 'full-window',
        styles[`kind-${category}`],
        reduced && styles['reduced'],
        reduced && 'reduced',
      )}
      aria-label={t('practice.player.label', { title: timeline.title })}
      data-category={category}
    >
      <header className={styles['player-header']}>
        <h2>{timeline.title}</h2>
        <p className={styles['player-step-count']}>
          {t('practice.player.stepCount', {
            step: view.stepIndex + 1,
            total: timeline.steps.length,
          })}
        </p>
        <button
          type="button"
          onClick={() => setFullWindow((on) => !on)}
          aria-pressed={fullWindow}
          aria-keyshortcuts="F"
        >
          {fullWindow ? t('practice.player.leaveFullWindow') : t('practice.player.fullWindow')}
        </button>
      </header>

      {openEnded ? null : (
        <div className={styles['session-progress']} aria-hidden="true">
          <div ref={progress} className={styles['session-progress-fill']} />
        </div>
      )}

      {pattern ? (
        <BreathPacer
          controller={controller}
          view={view}
          phases={pattern}
          paced={step.phases !== null}
          reduced={reduced}
          label={phaseLabel}
          phase={view.phase}
          count={count}
          arc={arc}
        />
      ) : null}

      <p className={cx(styles['player-instruction'], 'player-instruction')} aria-live="polite">
        {step.text}
      </p>
      {step.detail ? <p className={styles['player-detail']}>{step.detail}</p> : null}
      <StepMedia step={step} />

      <p
        className={cx(
          styles['player-time'],
          'player-time',
          !breathing && styles['player-time-large'],
        )}
      >
        {rich('practice.player.timeLeft', {
          time: () => <span ref={timeLeft} className="player-time-value" />,
          openEnded,
        })}
        {paused ? <strong className="player-paused"> {t('practice.player.paused')}</strong> : null}
      </p>

      <div
        className={styles['player-controls']}
        role="group"
        aria-label={t('practice.player.controls')}
      >
        {stepped ? (
          <button
            type="button"
            onClick={() => controller.previous()}
            aria-keyshortcuts={backwardArrow(locale.dir)}
          >
            {t('practice.player.previous')}
          </button>
        ) : null}
        <button
          type="button"
          className="primary"
          onClick={() => controller.togglePause()}
          aria-keyshortcuts="Space"
        >
          {paused ? t('practice.player.resume') : t('practice.player.pause')}
        </button>
        {stepped ? (
          <button
            type="button"
            onClick={() => controller.next()}
            aria-keyshortcuts={forwardArrow(locale.dir)}
            disabled={view.stepIndex >= timeline.steps.length - 1}
          >
            {t('practice.player.next')}
          </button>
        ) : null}
        <button type="button" onClick={requestEnd} aria-keyshortcuts="Escape">
          {openEnded ? t('practice.player.finish') : t('practice.player.stop')}
        </button>
      </div>
      <p className={styles['player-keys']}>
        {rich('practice.player.keys', {
          kbd,
          openEnded,
          stepped,
        })}
      </p>
      {audioNote ? (
        <p className={styles['practice-note']} role="status">
          {audioNote}
        </p>
      ) : null}

      <StopConfirm
        open={confirming}
        finishing={openEnded}
        practisedMs={practisedMs}
        sessionId={sessionId}
        step={{ index: view.stepIndex, text: step.text, movement: step.pose !== null }}
        onKeepGoing={() => setConfirming(false)}
        onStop={() => {
          setConfirming(false)
          endNow()
        }}
      />
    </section>
  )
}
