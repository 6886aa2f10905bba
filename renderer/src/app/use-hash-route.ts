import { useCallback, useEffect, useState } from 'react'
import { isScreenName, type ShellScreen } from './screens'

export interface Route {
  screen: ShellScreen
  /** Whatever follows the screen in the hash, e.g. a practice id. */
  detail: string | null
}

export function parseHash(hash: string): Route {
  const [screen = '', ...rest] = hash.replace(/^#\/?/, '').split('/')
  return {
    // No screen (a fresh start, the tray's "Open Loosen") or an unknown one opens on Today.
    screen: isScreenName(screen) ? screen : 'today',
    detail: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null,
  }
}

/** The route lives in the URL hash, so a reload keeps the user where they were. */
export function useHashRoute(): [Route, (screen: ShellScreen, detail?: string) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = useCallback((screen: ShellScreen, detail?: string) => {
    window.location.hash = detail ? `#/${screen}/${encodeURIComponent(detail)}` : `#/${screen}`
  }, [])
  return [route, navigate]
}
