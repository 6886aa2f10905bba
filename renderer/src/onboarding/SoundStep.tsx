import { useEffect, useState, type RefObject } from 'react'
import { PracticeAudio } from '../practice/audio'
import { useSettings } from '../settings/settings-context'
import styles from './onboarding.module.css'

/** Plays the practice bell through the app's own audio, at the user's bell volume. */
export function SoundStep({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const { settings } = useSettings()
  const [audio] = useState(() => new PracticeAudio())
  const [state, setState] = useState<'idle' | 'playing' | 'played' | 'problem'>('idle')

  useEffect(() => {
    audio.listenForProblems(() => setState('problem'))
    return () => audio.unload()
  }, [audio])

  async function ring() {
    setState('playing')
    audio.open()
    await audio.ready
    if (settings) {
      audio.setLevels({
        bellVolume: settings.practiceBellVolume,
        cueVolume: settings.practiceCueVolume,
        muted: false,
        breathCues: false,
      })
    }
    audio.play('bell-start')
    setState((s) => (s === 'problem' ? s : 'played'))
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1} id="welcome-step-title">
        A sound check
      </h2>
      <p className={styles['lead']}>
        Practices start, change and end with a soft bell, so you can follow them with your eyes
        closed.
      </p>
      <button type="button" onClick={() => void ring()} disabled={state === 'playing'}>
        Play the bell
      </button>
      <p role="status" className={styles['hint']}>
        {state === 'played'
          ? 'Did you hear it? If not, check your volume. The bell’s loudness is in Settings.'
          : state === 'problem'
            ? 'This computer could not play the bell. Practices still work silently, with words on screen.'
            : ''}
      </p>
    </>
  )
}
