import { useEffect, useMemo, useRef, useState } from 'react'
import type { ReactElement } from 'react'
import { api } from '../api'
import { BreakWindow } from '../break/BreakWindow'
import { RecoveryNotice } from '../components/RecoveryNotice'
import { QuickLogDialog } from '../log/QuickLogDialog'
import { QuickLogWindow } from '../log/QuickLogWindow'
import { Welcome } from '../onboarding/Welcome'
import { ReportView } from '../report/ReportView'
import { AboutScreen } from '../screens/AboutScreen'
import { InsightsScreen } from '../screens/InsightsScreen'
import { LogScreen } from '../screens/LogScreen'
import { PracticeScreen } from '../screens/PracticeScreen'
import { RemindersScreen } from '../screens/RemindersScreen'
import { SettingsScreen } from '../screens/SettingsScreen'
import { TodayScreen } from '../screens/TodayScreen'
import { useSettings } from '../settings/settings-context'
import { useT } from '../i18n/i18n-context'
import { screens, todayScreen, type ScreenProps, type ShellScreen } from './screens'
import { ShellActionsContext } from './shell-actions'
import { useHashRoute } from './use-hash-route'

const screenViews: Record<ShellScreen, (props: ScreenProps) => ReactElement> = {
  today: TodayScreen,
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

/**
 * The welcome opens by itself once, for someone who has neither finished it nor read the older
 * first-run note (people who used Loosen before it existed are not greeted again), and again
 * whenever About & help asks. Decided when settings first arrive, so saving a step (which
 * changes settings) never closes it halfway.
 */
function useWelcome() {
  const { settings } = useSettings()
  const [open, setOpen] = useState<boolean | null>(null)
  if (open === null && settings) setOpen(!settings.onboardingDone && !settings.firstRunAcknowledged)
  return [open === true, setOpen] as const
}

function Shell() {
  const { t } = useT()
  const [route, navigate] = useHashRoute()
  const [quickLogOpen, setQuickLogOpen] = useState(false)
  const [welcomeOpen, setWelcomeOpen] = useWelcome()
  const actions = useMemo(
    () => ({ openQuickLog: () => setQuickLogOpen(true), showWelcome: () => setWelcomeOpen(true) }),
    [setWelcomeOpen],
  )
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

  const current = screens.find((screen) => screen.name === route.screen) ?? todayScreen
  const View = screenViews[current.name]

  return (
    <ShellActionsContext.Provider value={actions}>
      <div className="shell">
        <a className="skip-link" href="#main">
          {t('app.skipLink')}
        </a>
        <nav className="sidebar" aria-label={t('app.nav.label')}>
          <p className="brand">{t('app.brand')}</p>
          <ul>
            {screens.map((screen) => (
              <li key={screen.name}>
                <a
                  href={`#/${screen.name}`}
                  aria-current={screen.name === current.name ? 'page' : undefined}
                  aria-keyshortcuts={`Alt+${screen.shortcut}`}
                >
                  {t(screen.labelId)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <RecoveryNotice />
          <h1 ref={heading} tabIndex={-1} className="screen-title">
            {t(current.labelId)}
          </h1>
          <View detail={route.detail} navigate={navigate} />
        </main>
        <Welcome open={welcomeOpen} onClose={() => setWelcomeOpen(false)} />
        <QuickLogDialog open={quickLogOpen} onClose={() => setQuickLogOpen(false)} />
      </div>
    </ShellActionsContext.Provider>
  )
}
