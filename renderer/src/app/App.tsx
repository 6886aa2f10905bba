import { useEffect, useRef, useState } from 'react'
import type { ReactElement } from 'react'
import type { ScreenName } from '../../../electron/shared/contract'
import { api } from '../api'
import { BreakWindow } from '../break/BreakWindow'
import { FirstRunNote } from '../components/FirstRunNote'
import { RecoveryNotice } from '../components/RecoveryNotice'
import { QuickLogDialog } from '../log/QuickLogDialog'
import { QuickLogWindow } from '../log/QuickLogWindow'
import { ReportView } from '../report/ReportView'
import { AboutScreen } from '../screens/AboutScreen'
import { InsightsScreen } from '../screens/InsightsScreen'
import { LogScreen } from '../screens/LogScreen'
import { PracticeScreen } from '../screens/PracticeScreen'
import { RemindersScreen } from '../screens/RemindersScreen'
import { SettingsScreen } from '../screens/SettingsScreen'
import { useSettings } from '../settings/settings-context'
import { screens, type ScreenProps } from './screens'
import { useHashRoute } from './use-hash-route'

const practiceScreen = { name: 'practice', label: 'Practice', shortcut: '1' } as const

const screenViews: Record<ScreenName, (props: ScreenProps) => ReactElement> = {
  practice: PracticeScreen,
  log: LogScreen,
  insights: InsightsScreen,
  reminders: RemindersScreen,
  settings: SettingsScreen,
  about: AboutScreen,
}

function useDocumentPreferences() {
  const { settings } = useSettings()
  useEffect(() => {
    if (!settings) return
    const root = document.documentElement
    root.dataset['theme'] = settings.theme
    root.dataset['reduceMotion'] = settings.reduceMotion
  }, [settings])
}

/** The tray's small "Log tension…" window loads this route: the quick log without the shell. */
export function App() {
  // The clinician report is a print-only route that main prints to PDF from a hidden window.
  if (window.location.hash.startsWith('#/report')) return <ReportView />
  // The gentle break window on each display (shell/break-windows.ts).
  if (window.location.hash.startsWith('#/break')) return <BreakWindow />
  return window.location.hash.startsWith('#/quick-log') ? <QuickLogWindow /> : <Shell />
}

function Shell() {
  const [route, navigate] = useHashRoute()
  const [quickLogOpen, setQuickLogOpen] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  useDocumentPreferences()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      if (event.code === 'KeyL') {
        // Alt+L: log tension from any screen.
        event.preventDefault()
        setQuickLogOpen(true)
        return
      }
      const target = screens.find((screen) => event.code === `Digit${screen.shortcut}`)
      if (!target) return
      event.preventDefault()
      navigate(target.name)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])

  useEffect(
    () =>
      api().events.subscribe((event) => {
        if (event.type === 'navigate') navigate(event.screen, event.practiceId)
      }),
    [navigate],
  )

  useEffect(() => {
    // Moving focus to the new heading tells screen readers the screen changed.
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    // A screen that put focus on its own first step (a practice's Start, opened from a
    // notification) keeps it: Enter then does what the user came for.
    const active = document.activeElement
    const main = heading.current?.closest('main')
    if (main && active !== main && main.contains(active)) return
    heading.current?.focus()
  }, [route.screen])

  const current = screens.find((screen) => screen.name === route.screen) ?? practiceScreen
  const View = screenViews[current.name]

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <p className="brand">Loosen</p>
        <ul>
          {screens.map((screen) => (
            <li key={screen.name}>
              <a
                href={`#/${screen.name}`}
                aria-current={screen.name === current.name ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${screen.shortcut}`}
              >
                {screen.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <RecoveryNotice />
        <h1 ref={heading} tabIndex={-1} className="screen-title">
          {current.label}
        </h1>
        <View detail={route.detail} navigate={navigate} />
      </main>
      <FirstRunNote />
      <QuickLogDialog open={quickLogOpen} onClose={() => setQuickLogOpen(false)} />
    </div>
  )
}
