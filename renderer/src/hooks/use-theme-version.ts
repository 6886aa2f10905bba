import { useEffect, useState } from 'react'

/**
 * A number that changes whenever the page's colours may have: the app's theme setting (the
 * data-theme attribute on <html>) or the system's light/dark preference. Canvas drawings, which
 * read colours once, list it among their effect's dependencies to redraw in the new colours.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    const observer = new MutationObserver(bump)
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    })
    const scheme =
      typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null
    scheme?.addEventListener('change', bump)
    return () => {
      observer.disconnect()
      scheme?.removeEventListener('change', bump)
    }
  }, [])
  return version
}
