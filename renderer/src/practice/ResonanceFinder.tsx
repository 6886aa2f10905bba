import { useEffect, useState } from 'react'
import {
  chooseRate,
  FINDER_EXHALE_RATIO,
  FINDER_RATES,
  FINDER_STEP_MIN,
  type RateRating,
} from '../../../electron/shared/practice/resonance-finder'
import { buildTimeline, type Timeline } from '../../../electron/shared/practice/timeline'
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

function timelineFor(rate: number): Timeline | null {
  const script = findBuiltIn('resonance-breathing')
  if (!script) return null
  const timeline = buildTimeline(script, {
    lengthMin: FINDER_STEP_MIN,
    breathsPerMin: rate,
    exhaleRatio: FINDER_EXHALE_RATIO,
  })
  return { ...timeline, title: `Rate finder: ${String(rate)} breaths a minute` }
}

/**
 * The resonance-rate finder: two minutes at each of 6.5, 6, 5.5, 5 and 4.5 breaths a minute,
 * rated for ease and calm after each; the rate that felt best can become Resonance Breathing's
 * pace. Each step is saved as a Resonance Breathing session. A guide by comfort, not a measurement.
 */
export function ResonanceFinder({ onDone }: { onDone: () => void }) {
  const { settings, update } = useSettings()
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
    const timeline = rate === undefined ? null : timelineFor(rate)
    if (!timeline) return setStage({ name: 'result' })
    await audio.ready
    setStage({ name: 'running', step, sessionId: newSessionId(), timeline })
  }

  if (stage.name === 'running') {
    return (
      <Player
        sessionId={stage.sessionId}
        timeline={stage.timeline}
        audio={audio}
        speech={settings?.practiceSpeech ?? false}
        audioNote={audio.problem}
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
          Your rates
        </h2>
        {ratings.length === 0 ? (
          <p>No rate was rated, so nothing changes.</p>
        ) : (
          <>
            <table aria-label="Ease and calm at each rate">
              <thead>
                <tr>
                  <th>Breaths a minute</th>
                  <th>Ease (0–10)</th>
                  <th>Calm (0–10)</th>
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
            <p>
              The rate that felt best to you: <strong>{best} breaths a minute</strong>. This is your
              own sense of ease and calm, not a measurement of your heart.
            </p>
            {best !== null ? (
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void update({ practiceResonancePerMin: best }).then((error) =>
                    setSaved(
                      error
                        ? `Not saved: ${error.message}`
                        : `Resonance Breathing now starts at ${String(best)} breaths a minute.`,
                    ),
                  )
                }
              >
                Use {best} breaths a minute for Resonance Breathing
              </button>
            ) : null}
          </>
        )}
        <p role="status">{saved ?? ''}</p>
        <button type="button" onClick={onDone}>
          Back to practices
        </button>
      </section>
    )
  }

  return (
    <section className={styles['practice-setup']} aria-labelledby="finder-title">
      <h2 id="finder-title">Find your resonance pace</h2>
      <p>
        Five short rounds of paced breathing, two minutes each, from 6.5 down to 4.5 breaths a
        minute, always with a longer out-breath. After each round you rate how easy and how calm it
        felt. The pace that felt best can become your Resonance Breathing pace.
      </p>
      <p className={styles['hint']}>
        This is a guide by comfort, not a heart-rate-variability measurement: finding a resonance
        frequency properly needs a heart-rate sensor (Shaffer &amp; Meehan 2020; Steffen et al.
        2017). Breathe gently and never force a breath; if you feel light-headed, breathe normally
        and stop whenever you like.
      </p>
      <p>
        Current Resonance Breathing pace: {settings?.practiceResonancePerMin ?? 6} breaths a minute.
      </p>
      <div className={styles['practice-actions']}>
        <button type="button" className="primary" onClick={() => void run(0)}>
          Start (10 minutes)
        </button>
        <button type="button" onClick={onDone}>
          Back
        </button>
      </div>
    </section>
  )
}
