import { useEffect, useState, type ReactNode } from 'react'
import { localizeScript } from '../../../electron/shared/i18n/script-messages'
import type { Translator } from '../../../electron/shared/i18n/translator'
import {
  chooseRate,
  FINDER_EXHALE_RATIO,
  FINDER_RATES,
  FINDER_STEP_MIN,
  type RateRating,
} from '../../../electron/shared/practice/resonance-finder'
import { buildTimeline, type Timeline } from '../../../electron/shared/practice/timeline'
import { useT, useRich } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import { PracticeAudio } from './audio'
import { findBuiltIn } from './library'
import { Player } from './Player'
import { RateStepForm } from './RateStepForm'
import { newSessionId } from './session-id'
import styles from './practice.module.css'

type Stage =
  | { name: 'intro' }
  | { name: 'running'; step: number; sessionId: string; timeline: Timeline }
  | { name: 'rating'; step: number }
  | { name: 'result' }

function timelineFor(translator: Translator, rate: number): Timeline | null {
  const builtIn = findBuiltIn('resonance-breathing')
  if (!builtIn) return null
  const script = localizeScript(builtIn, translator.plain)
  const timeline = buildTimeline(script, {
    lengthMin: FINDER_STEP_MIN,
    breathsPerMin: rate,
    exhaleRatio: FINDER_EXHALE_RATIO,
  })
  return { ...timeline, title: translator.t('practice.finder.stepTitle', { rate }) }
}

/**
 * The resonance-rate finder: two minutes at each of 6.5, 6, 5.5, 5 and 4.5 breaths a minute,
 * rated for ease and calm after each; the rate that felt best can become Resonance Breathing's
 * pace. Each step is saved as a Resonance Breathing session. A guide by comfort, not a measurement.
 */
export function ResonanceFinder({ onDone }: { onDone: () => void }) {
  const { settings, update } = useSettings()
  const translator = useT()
  const { t } = translator
  const rich = useRich()
  const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>
  const [stage, setStage] = useState<Stage>({ name: 'intro' })
  const [ratings, setRatings] = useState<RateRating[]>([])
  const [audio] = useState(() => new PracticeAudio())
  const [saved, setSaved] = useState<string | null>(null)

  useEffect(() => {
    audio.open()
    return () => audio.unload()
  }, [audio])
  useEffect(() => {
    if (!settings) return
    audio.setLevels({
      bellVolume: settings.practiceBellVolume,
      cueVolume: settings.practiceCueVolume,
      muted: settings.practiceMuted,
      breathCues: settings.practiceBreathCues,
    })
  }, [audio, settings])

  const run = async (step: number) => {
    const rate = FINDER_RATES[step]
    const timeline = rate === undefined ? null : timelineFor(translator, rate)
    if (!timeline) return setStage({ name: 'result' })
    await audio.ready
    // Woken as the session starts (waking takes 15-30 ms here): not awaited, so the session
    // is on screen at once; its first bell starts as soon as the context runs.
    void audio.hold()
    setStage({ name: 'running', step, sessionId: newSessionId(), timeline })
  }

  if (stage.name === 'running') {
    return (
      <Player
        sessionId={stage.sessionId}
        timeline={stage.timeline}
        audio={audio}
        speech={settings?.practiceSpeech ?? false}
        audioNote={audio.problem ? t(audio.problem) : null}
        onEnd={() => setStage({ name: 'rating', step: stage.step })}
      />
    )
  }

  if (stage.name === 'rating') {
    const rate = FINDER_RATES[stage.step] ?? 6
    const last = stage.step >= FINDER_RATES.length - 1
    return (
      <RateStepForm
        rate={rate}
        last={last}
        onRated={(ease, calm) => {
          setRatings((all) => [...all, { rate, ease, calm }])
          if (last) setStage({ name: 'result' })
          else void run(stage.step + 1)
        }}
        onFinishEarly={() => setStage({ name: 'result' })}
      />
    )
  }

  if (stage.name === 'result') {
    const best = chooseRate(ratings)
    return (
      <section className={styles['practice-setup']} aria-labelledby="finder-result">
        <h2 id="finder-result" tabIndex={-1}>
          {t('practice.finder.resultHeading')}
        </h2>
        {ratings.length === 0 ? (
          <p>{t('practice.finder.noneRated')}</p>
        ) : (
          <>
            <table aria-label={t('practice.finder.tableLabel')}>
              <thead>
                <tr>
                  <th>{t('practice.finder.rateColumn')}</th>
                  <th>{t('practice.finder.easeColumn')}</th>
                  <th>{t('practice.finder.calmColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {ratings.map((r) => (
                  <tr key={r.rate}>
                    <td>{r.rate}</td>
                    <td>{r.ease}</td>
                    <td>{r.calm}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{rich('practice.finder.best', { best: best ?? 0, strong })}</p>
            {best !== null ? (
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void update({ practiceResonancePerMin: best }).then((error) =>
                    setSaved(
                      error
                        ? t('practice.finder.notSaved', { reason: error.message })
                        : t('practice.finder.saved', { rate: best }),
                    ),
                  )
                }
              >
                {t('practice.finder.use', { rate: best })}
              </button>
            ) : null}
          </>
        )}
        <p role="status">{saved ?? ''}</p>
        <button type="button" onClick={onDone}>
          {t('practice.backToPractices')}
        </button>
      </section>
    )
  }

  return (
    <section className={styles['practice-setup']} aria-labelledby="finder-title">
      <h2 id="finder-title">{t('practice.finder.heading')}</h2>
      <p>{t('practice.finder.intro')}</p>
      <p className={styles['hint']}>{t('practice.finder.caution')}</p>
      <p>{t('practice.finder.current', { rate: settings?.practiceResonancePerMin ?? 6 })}</p>
      <div className={styles['practice-actions']}>
        <button type="button" className="primary" onClick={() => void run(0)}>
          {t('practice.finder.start')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.back')}
        </button>
      </div>
    </section>
  )
}
