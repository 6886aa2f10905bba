// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  DESKTOP_OK,
  type DesktopState,
  type ReminderStatus,
} from '../../../electron/shared/contract/reminders'
import { StatusPanel } from '../../../renderer/src/reminders/StatusPanel'
import { reminderStatus } from '../../support/reminder-status'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const status = (desktop: DesktopState): ReminderStatus =>
  reminderStatus(Date.parse('2026-03-02T09:00:00Z'), { notificationActions: true, desktop })

function renderPanel(desktop: DesktopState) {
  // StatusPanel reads window.loosen for its buttons; nothing is clicked here.
  vi.stubGlobal('loosen', { reminders: {} })
  render(
    <StatusPanel status={status(desktop)} act={() => Promise.resolve()} onStartBreak={vi.fn()} />,
  )
}

describe('the Reminders screen’s word on the desktop', () => {
  it('says nothing when notifications, login item and tray all work', () => {
    renderPanel(DESKTOP_OK)
    expect(screen.queryByText(/notification settings/)).toBeNull()
    expect(screen.queryByText(/Login Items/)).toBeNull()
    expect(screen.queryByText(/tray icon/)).toBeNull()
  })

  it('explains that native notifications failed and the window reminds instead', () => {
    renderPanel({ ...DESKTOP_OK, notifications: 'failed' })
    expect(screen.getByText(/did not show Loosen’s notification/).textContent).toMatch(
      /opens its own window for break reminders/,
    )
  })

  it('asks for approval of the macOS login item', () => {
    renderPanel({ ...DESKTOP_OK, launchAtLogin: 'requires-approval' })
    expect(screen.getByText(/waiting for your approval/).textContent).toMatch(/Login Items/)
  })

  it('says why there is no tray icon, what closing does, and how to get one', () => {
    renderPanel({ ...DESKTOP_OK, tray: 'missing' })
    const notice = screen.getByText(/shows no tray icon/).textContent
    expect(notice).toMatch(/closing Loosen’s window quits it/)
    expect(notice).toMatch(/AppIndicator/)
  })
})
