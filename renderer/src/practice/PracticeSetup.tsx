import { useEffect, useRef, useState } from 'react'
import type { CustomTimerBody } from '../../../electron/shared/practice/custom-schema'
import type { Timeline } from '../../../electron/shared/practice/timeline'
import { useSettings } from '../settings/settings-context'
import { useT } from '../i18n/i18n-context'
import { formatDuration } from './format'
import { RatingPrompt } from './RatingPrompt'
import { SavePreset } from './SavePreset'
import { ScriptOptions } from './ScriptOptions'
import { planTimeline, type PracticeEntry, type SessionChoice } from './session-plan'
import { SoundOptions } from './SoundOptions'
import { TimerOptions } from './TimerOptions'
import { cx } from '../styles/cx'
import styles from './practice.module.css'

interface PracticeSetupProps {
  entry: PracticeEntry
  starting: boolean
  soundsReady: boolean
  /** Set when the sounds failed to load: the session will run silently. */
  soundProblem: string | null
  onStart: (timeline: Timeline, beforeRating: number | null) => void
  onBack: () => void
}

function firstChoice(entry: PracticeEntry): SessionChoice {
  const script = entry.script
  return {
    lengthMin: script.defaultLengthMin,
    positionId: script.positions?.[0]?.id,
    timer: entry.timer ?? undefined,
  }
}

/** Everything chosen before a session: length, position, pace or timer, sound, a self-rating. */
export function PracticeSetup({
  entry,
  starting,
  soundsReady,
  soundProblem,
  onStart,
  onBack,
}: PracticeSetupProps) {
  const { settings } = useSettings()
  const { t } = useT()
  const [chosen, setChoice] = useState<SessionChoice>(() => firstChoice(entry))
  // Resonance breathing starts at the pace in Settings (the rate finder sets it) until moved.
  const choice = {
    ...chosen,
    breathsPerMin: chosen.breathsPerMin ?? settings?.practiceResonancePerMin,
  }
  const [rating, setRating] = useState<number | null>(null)
  const startButton = useRef<HTMLButtonElement>(null)

  // Enter starts the practice at once (from the library or a break notification), but the
  // page stays at its top so the title and the lengths are what the user sees first; the
  // actions bar is sticky, so Start is in view too.
  useEffect(() => {
    window.scrollTo(0, 0)
    startButton.current?.focus({ preventScroll: true })
  }, [])
  let timeline: Timeline | null = null
  let problem: string | null = null
  try {
    timeline = planTimeline(entry, choice)
  } catch (error) {
    problem = error instanceof Error ? error.message : t('practice.setup.cannotLayOut')
  }
  const timer: CustomTimerBody | null = entry.timer ? (choice.timer ?? entry.timer) : null

  return (
    <section className={styles['practice-setup']} aria-labelledby="setup-title">
      <h2 id="setup-title">{entry.title}</h2>
      <p className="practice-summary">{entry.script.summary}</p>
      {entry.script.category === 'movement' ? (
        <p className={styles['practice-caution']}>{t('practice.setup.movementCaution')}</p>
      ) : null}

      {timer ? (
        <>
          <TimerOptions value={timer} onChange={(next) => setChoice({ ...choice, timer: next })} />
          <SavePreset entry={entry} body={timer} />
        </>
      ) : (
        <ScriptOptions script={entry.script} choice={choice} onChange={setChoice} />
      )}

      <SoundOptions />

      {settings?.practiceAskRatings !== false ? (
        <RatingPrompt
          id="before-rating"
          question={t('practice.setup.beforeQuestion')}
          value={rating}
          onChange={setRating}
        />
      ) : null}

      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      <div className={cx(styles['practice-actions'], styles['sticky-actions'], 'sticky-actions')}>
        <button
          ref={startButton}
          type="button"
          className="primary start-button"
          disabled={!timeline || starting}
          onClick={() => {
            if (timeline) onStart(timeline, rating)
          }}
        >
          {starting ? t('practice.setup.gettingReady') : t('practice.setup.start')}
        </button>
        <span className={styles['hint']}>
          {timeline?.totalMs ? formatDuration(t, timeline.totalMs) : t('practice.setup.openEnded')}
        </span>
        <button type="button" onClick={onBack}>
          {t('practice.backToPractices')}
        </button>
      </div>
      <p role="status" className={cx(styles['hint'], 'sound-status')}>
        {soundProblem ??
          (soundsReady ? t('practice.setup.soundsReady') : t('practice.setup.loadingSounds'))}
      </p>
    </section>
  )
}
