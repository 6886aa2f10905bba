import { useSyncExternalStore } from 'react'
import { useSettings } from '../settings/settings-context'

const QUERY = '(prefers-reduced-motion: reduce)'

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

/** True when the pacer should count instead of move: the setting, or the system's preference. */
export function useReducedMotion(): boolean {
  const { settings } = useSettings()
  const systemPrefers = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches)
  const choice = settings?.reduceMotion ?? 'system'
  return choice === 'always' || (choice === 'system' && systemPrefers)
}
