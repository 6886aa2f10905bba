import { useEffect, useState, type RefObject } from 'react'
import { PracticeAudio } from '../practice/audio'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import styles from './onboarding.module.css'

/** Plays the practice bell through the app's own audio, at the user's bell volume. */
export function SoundStep({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const { settings } = useSettings()
  const t = useT()
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
        {t.t('onboarding.sound.heading')}
      </h2>
      <p className={styles['lead']}>{t.t('onboarding.sound.lead')}</p>
      <button type="button" onClick={() => void ring()} disabled={state === 'playing'}>
        {t.t('onboarding.sound.play')}
      </button>
      <p role="status" className={styles['hint']}>
        {state === 'played'
          ? t.t('onboarding.sound.played')
          : state === 'problem'
            ? t.t('onboarding.sound.problem')
            : ''}
      </p>
    </>
  )
}
