// @vitest-environment jsdom
import { todayExtras } from './report-fixtures'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DESKTOP_OK,
  type DaySummary,
  type ReminderStatus,
  type TodayReport,
} from '../../../electron/shared/contract/reminders'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { RemindersScreen } from '../../../renderer/src/screens/RemindersScreen'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'
import { installFakeApi } from '../support/fake-api'

afterEach(cleanup)

const NOW = Date.parse('2026-11-23T10:00:00Z')
const MIN = 60_000

const day: DaySummary = {
  date: '2026-11-23',
  dayStart: NOW - 10 * 60 * MIN,
  dayEnd: NOW + 14 * 60 * MIN,
  sittingMs: 50 * MIN,
  longestSittingMs: 50 * MIN,
  taken: 0,
  natural: 0,
  skipped: 0,
  snoozed: 0,
}

function fakeReminders() {
  let status: ReminderStatus = {
    phase: 'due',
    now: NOW,
    sittingSince: NOW - 50 * MIN,
    nextBreakAt: NOW - 5 * MIN,
    breakEndsAt: null,
    pausedUntil: null,
    pausedIndefinitely: false,
    offHoursUntil: null,
    snoozesLeft: 2,
    snoozeMin: 10,
    strict: false,
    skipsLeftToday: null,
    askPostponeReason: false,
    waitingForLullUntil: null,
    quiet: null,
    posture: null,
    idleDetection: 'working',
    notificationActions: false,
    nextDaily: null,
    desktop: DESKTOP_OK,
  }
  const today = (): TodayReport => ({ ...day, spans: [], breaks: [], ...todayExtras(NOW) })
  const fake = installFakeApi({
    'settings:get': () => defaultSettings,
    'reminders:state': () => status,
    'reminders:today': today,
    'reminders:week': () => [day],
    'reminders:snooze': () => {
      status = { ...status, phase: 'sitting', nextBreakAt: NOW + 10 * MIN, snoozesLeft: 1 }
      // What main's reminder service announces for a snooze: its records, then its state.
      fake.emit({ type: 'data-changed', domain: 'reminders' })
      fake.emit({ type: 'reminders-changed' })
      return status
    },
  })
  return fake
}

const settle = () => new Promise((done) => setTimeout(done, 50))

describe('Snooze on the Reminders screen', () => {
  it('costs the snooze and one reload of each part of the screen', async () => {
    const fake = fakeReminders()
    render(
      <SettingsProvider>
        <RemindersScreen detail={null} navigate={() => undefined} />
      </SettingsProvider>,
    )
    const snooze = await screen.findByRole('button', { name: 'Snooze 10 min' })
    await settle()
    fake.reset()

    await userEvent.click(snooze)
    await waitFor(() => expect(screen.getByText('1 snooze left in a row.')).toBeTruthy())
    await settle()

    // Measured before this was fixed: 10 (the snooze, then state, today and week three times:
    // after the answer, and after each of the two announcements).
    expect([...fake.calls].sort()).toEqual([
      'reminders:snooze',
      'reminders:state',
      'reminders:today',
      'reminders:week',
    ])
  })
})
