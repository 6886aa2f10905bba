import { createContext, useCallback, useContext, useEffect, useMemo } from 'react'
import type { ReactNode } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ApiError } from '../../../electron/shared/result'
import { api } from '../api'
import { useApiQuery } from '../data/use-api-query'
import { setPreferredVoice } from '../practice/speech'

interface SettingsState {
  settings: Settings | null
  loadError: ApiError | null
  /** Saves a change; resolves to the error when main refused it (nothing is saved then). */
  update: (patch: SettingsPatch) => Promise<ApiError | null>
}

const SettingsContext = createContext<SettingsState | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const query = useApiQuery('settings:get', undefined, { refreshOn: [{ kind: 'settings' }] })
  const { replace } = query

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api().settings.update(patch)
      if (!result.ok) return result.error
      replace(result.value)
      return null
    },
    [replace],
  )

  const settings = query.data
  const loadError = query.error
  // Spoken guidance is started from the session's cues, far from the settings: hand it the voice.
  const voice = settings?.practiceVoice ?? ''
  useEffect(() => setPreferredVoice(voice), [voice])
  const value = useMemo(() => ({ settings, loadError, update }), [settings, loadError, update])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext)
  if (!state) throw new Error('useSettings must be used inside SettingsProvider')
  return state
}
