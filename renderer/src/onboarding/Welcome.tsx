import { useCallback, useEffect, useRef, useState } from 'react'
import type { SettingsPatch } from '../../../electron/shared/settings/schema'
import { useModalDialog } from '../hooks/use-modal-dialog'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import { CheckinStep } from './CheckinStep'
import { DayStep } from './DayStep'
import { HelloStep } from './HelloStep'
import { SelfCareStep } from './SelfCareStep'
import { SoundStep } from './SoundStep'
import { StyleStep } from './StyleStep'
import { WELCOME_STEPS, type StepCommit } from './steps'
import styles from './onboarding.module.css'

interface WelcomeProps {
  open: boolean
  /** Called once the welcome is finished or skipped, after completion is saved. */
  onClose: () => void
}

/**
 * The first-run welcome: a few short steps, each skippable, ending on Today. Escape or "Skip
 * for now" leaves at once; About & help can bring it back from the first step.
 */
export function Welcome({ open, onClose }: WelcomeProps) {
  const { settings, update } = useSettings()
  const dialog = useModalDialog(open)
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  const commit = useRef<StepCommit | null>(null)
  const [index, setIndex] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const step = WELCOME_STEPS[index] ?? 'hello'
  const last = index === WELCOME_STEPS.length - 1

  const save = useCallback(
    async (patch: SettingsPatch) => (await update(patch))?.message ?? null,
    [update],
  )
  const setCommit = useCallback((next: StepCommit | null) => {
    commit.current = next
  }, [])

  useEffect(() => {
    // Each step starts at its heading, so a screen reader reads it and Tab goes on from there.
    if (open) heading.current?.focus({ preventScroll: true })
  }, [open, index])

  async function finish() {
    const failure = await update({ onboardingDone: true })
    if (failure) {
      setError(failure.message)
      return
    }
    setIndex(0)
    setError(null)
    onClose()
  }

  async function next() {
    setBusy(true)
    const failure = (await commit.current?.()) ?? null
    // Reading the self-care note is what the old first-run note recorded.
    const ack =
      failure === null && step === 'self-care' && settings?.firstRunAcknowledged === false
        ? await save({ firstRunAcknowledged: true })
        : null
    setBusy(false)
    setError(failure ?? ack)
    if (failure ?? ack) return
    if (last) void finish()
    else setIndex(index + 1)
  }

  function back() {
    setError(null)
    setIndex(Math.max(0, index - 1))
  }

  return (
    <dialog
      ref={dialog}
      className={styles['welcome']}
      // One stable name for the whole welcome; each step's heading gets focus and is read out.
      aria-label={t.t('onboarding.hello.heading')}
      onCancel={(event) => {
        // Escape skips the welcome, as "Skip for now" does; nothing asks "are you sure?".
        event.preventDefault()
        void finish()
      }}
    >
      {open && settings ? (
        <>
          <div className={styles['top']}>
            <p className={styles['progress']}>
              <span className="visually-hidden">
                {t.t('onboarding.welcome.progress', {
                  step: index + 1,
                  steps: WELCOME_STEPS.length,
                })}
              </span>
              {WELCOME_STEPS.map((name, i) => (
                <span
                  key={name}
                  aria-hidden="true"
                  className={i <= index ? styles['dot-on'] : styles['dot']}
                />
              ))}
            </p>
            <button type="button" className={styles['skip']} onClick={() => void finish()}>
              {t.t('onboarding.welcome.skip')}
            </button>
          </div>
          <div className={styles['body']} key={step}>
            {step === 'hello' ? <HelloStep heading={heading} /> : null}
            {step === 'self-care' ? <SelfCareStep heading={heading} /> : null}
            {step === 'day' ? (
              <DayStep heading={heading} settings={settings} save={save} setCommit={setCommit} />
            ) : null}
            {step === 'style' ? (
              <StyleStep heading={heading} settings={settings} save={save} setCommit={setCommit} />
            ) : null}
            {step === 'sound' ? <SoundStep heading={heading} /> : null}
            {step === 'check-in' ? (
              <CheckinStep heading={heading} onFinish={() => void finish()} />
            ) : null}
          </div>
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
          {step === 'self-care' ? null : (
            <p className={styles['care']}>{t.t('onboarding.welcome.care')}</p>
          )}
          <div className={styles['nav']}>
            {index > 0 ? (
              <button type="button" onClick={back}>
                {t.t('common.back')}
              </button>
            ) : (
              <span />
            )}
            <button
              type="button"
              // On the check-in step the rating's own Save is the main action; Finish steps back.
              className={last ? undefined : 'primary'}
              disabled={busy}
              onClick={() => void next()}
            >
              {last
                ? t.t('onboarding.welcome.finish')
                : index === 0
                  ? t.t('onboarding.welcome.start')
                  : t.t('onboarding.welcome.next')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  )
}
