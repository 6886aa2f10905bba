import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'
import type { ApiError } from '../../../electron/shared/result'
import { api } from '../api'

interface SettingsState {
  settings: Settings | null
  loadError: ApiError | null
  /** Saves a change; resolves to the error when main refused it (nothing is saved then). */
  update: (patch: SettingsPatch) => Promise<ApiError | null>
}

const SettingsContext = createContext<SettingsState | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [loadError, setLoadError] = useState<ApiError | null>(null)

  const load = useCallback(async () => {
    const result = await api().settings.get()
    if (result.ok) setSettings(result.value)
    else setLoadError(result.error)
  }, [])

  useEffect(() => {
    void Promise.resolve().then(load)
    return api().events.subscribe((event) => {
      if (event.type === 'settings-changed') void load()
    })
  }, [load])

  const update = useCallback(async (patch: SettingsPatch) => {
    const result = await api().settings.update(patch)
    if (!result.ok) return result.error
    setSettings(result.value)
    return null
  }, [])

  const value = useMemo(() => ({ settings, loadError, update }), [settings, loadError, update])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext)
  if (!state) throw new Error('useSettings must be used inside SettingsProvider')
  return state
}
