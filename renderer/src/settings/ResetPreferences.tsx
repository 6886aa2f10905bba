import { useState } from 'react'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'

/** Puts every preference back to its default, after asking; logged data is never touched. */
export function ResetPreferences({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useT()
  const [asking, setAsking] = useState(false)
  // Once the question closes, its opener takes the focus back (not the bare page).
  const [answered, setAnswered] = useState(false)

  function close() {
    setAsking(false)
    setAnswered(true)
  }

  async function reset() {
    const result = await api().settings.reset()
    close()
    onDone(result.ok ? t('settings.reset.done') : result.error.message)
  }

  if (!asking) {
    return (
      <button
        type="button"
        ref={(button) => {
          if (button && answered) button.focus()
        }}
        onClick={() => {
          setAnswered(false)
          setAsking(true)
        }}
      >
        {t('settings.reset.button')}
      </button>
    )
  }
  return (
    <div role="group" aria-label={t('settings.reset.confirmLabel')} className="confirm-row">
      <p>{t('settings.reset.question')}</p>
      <div className="button-row">
        {/* The safe answer is the default one; resetting is a deliberate, danger-styled act. */}
        <button type="button" autoFocus onClick={close}>
          {t('settings.reset.keep')}
        </button>
        <button type="button" className="danger" onClick={() => void reset()}>
          {t('settings.reset.confirm')}
        </button>
      </div>
    </div>
  )
}
