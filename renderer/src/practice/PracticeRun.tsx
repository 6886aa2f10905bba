import { useEffect, useState } from 'react'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { Timeline } from '../../../electron/shared/practice/timeline'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import { PracticeAudio } from './audio'
import { Player } from './Player'
import { newSessionId } from './session-id'
import { PracticeSetup } from './PracticeSetup'
import type { PracticeEntry } from './session-plan'
import { SessionSummary } from './SessionSummary'
import type { SessionOutcome } from './use-practice-session'

type Stage =
  | { name: 'setup' }
  | { name: 'running'; sessionId: string; timeline: Timeline; beforeRating: number | null }
  | { name: 'summary'; outcome: SessionOutcome; beforeRating: number | null }

/** One practice from setup to summary. The sounds load while the user is choosing. */
export function PracticeRun({ entry, onDone }: { entry: PracticeEntry; onDone: () => void }) {
  const { settings } = useSettings()
  const { t } = useT()
  const [stage, setStage] = useState<Stage>({ name: 'setup' })
  const [audio] = useState(() => new PracticeAudio())
  // A sound problem is kept as its message id, so it reads in the language now chosen.
  const [soundProblem, setSoundProblem] = useState<MessageKey | null>(null)
  const [ratingNote, setRatingNote] = useState<string | null>(null)
  const audioNote = ratingNote ?? (soundProblem ? t(soundProblem) : null)
  const [starting, setStarting] = useState(false)
  const [soundsReady, setSoundsReady] = useState(false)

  // The sounds load here, not in the constructor: under StrictMode the effect runs, cleans up
  // and runs again, and the second run must find its sounds loaded, not unloaded.
  useEffect(() => {
    audio.open()
    audio.listenForProblems(setSoundProblem)
    let current = true
    void audio.ready.then(() => {
      if (current) setSoundsReady(true)
    })
    return () => {
      current = false
      audio.unload()
    }
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

  const start = async (timeline: Timeline, beforeRating: number | null) => {
    setStarting(true)
    await audio.ready
    // Woken as the session starts (waking takes 15-30 ms here): not awaited, so the session
    // is on screen at once; its first bell starts as soon as the context runs.
    void audio.hold()
    const sessionId = newSessionId()
    if (beforeRating !== null) {
      const saved = await api()
        .log.addRating({ value: beforeRating, sessionId, phase: 'before' })
        .catch(() => null)
      if (!saved?.ok) {
        const reason = saved ? saved.error.message : t('practice.run.storageUnreachable')
        setRatingNote(t('practice.run.beforeNotSaved', { reason }))
      }
    }
    setStarting(false)
    setStage({ name: 'running', sessionId, timeline, beforeRating })
  }

  if (stage.name === 'setup') {
    return (
      <PracticeSetup
        entry={entry}
        starting={starting}
        soundsReady={soundsReady}
        soundProblem={audioNote}
        onStart={(t, r) => void start(t, r)}
        onBack={onDone}
      />
    )
  }
  if (stage.name === 'running') {
    return (
      <Player
        sessionId={stage.sessionId}
        timeline={stage.timeline}
        category={entry.script.category}
        audio={audio}
        speech={settings?.practiceSpeech ?? false}
        audioNote={audioNote ?? (audio.problem ? t(audio.problem) : null)}
        onEnd={(outcome) =>
          setStage({ name: 'summary', outcome, beforeRating: stage.beforeRating })
        }
      />
    )
  }
  return (
    <SessionSummary
      title={entry.title}
      outcome={stage.outcome}
      beforeRating={stage.beforeRating}
      onAgain={() => setStage({ name: 'setup' })}
      onDone={onDone}
    />
  )
}
