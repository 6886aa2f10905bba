import { useState } from 'react'
import type { SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ApiError } from '../../../electron/shared/result'
import { useT } from '../i18n/i18n-context'

export interface SaveMessage {
  error: boolean
  text: string
  /** The setting a refusal is about, so its field can be marked. */
  field?: string
}

/**
 * Saving as Settings does: each complete change is sent on its own, a quiet "Saved." follows,
 * and a refusal is worded by the form (nothing is saved then). Returns whether it was kept.
 */
export function useAutosave(
  save: (patch: SettingsPatch) => Promise<ApiError | null>,
  describe: (error: ApiError) => string,
) {
  const { t } = useT()
  const [message, setMessage] = useState<SaveMessage | null>(null)
  async function commit(patch: SettingsPatch): Promise<boolean> {
    const error = await save(patch)
    if (error) {
      setMessage({
        error: true,
        text: describe(error),
        ...(error.field ? { field: error.field } : {}),
      })
      return false
    }
    setMessage({ error: false, text: t('reminders.saved') })
    return true
  }
  return { message, setMessage, commit }
}

/** Enter in a text or number field saves it there and then, without leaving the field. */
export function onEnter(action: () => void) {
  return (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    action()
  }
}
