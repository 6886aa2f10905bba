// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { BreakWindow } from '../../../renderer/src/break/BreakWindow'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'
import { reminderStatus } from '../../support/reminder-status'
import { installFakeApi } from '../support/fake-api'

afterEach(cleanup)

const NOW = Date.parse('2026-11-23T10:00:00Z')
const MIN = 60_000

function open(patch: Partial<ReminderStatus>, settings = defaultSettings) {
  const status = reminderStatus(NOW, { phase: 'due', sittingSince: NOW - 47 * MIN, ...patch })
  const fake = installFakeApi({
    'settings:get': () => settings,
    'reminders:state': () => status,
    'reminders:skip': () => ({ ...status, phase: 'sitting' }),
    'reminders:startMovementBreak': () => ({ ...status, phase: 'break' }),
    'reminders:snooze': () => ({ ...status, phase: 'sitting' }),
  })
  render(
    <SettingsProvider>
      <BreakWindow />
    </SettingsProvider>,
  )
  return fake
}

describe('the break window', () => {
  it('says how long the person sat, offers the three choices and takes no focus', async () => {
    const fake = open({})
    await screen.findByRole('button', { name: 'Start movement break' })
    expect(screen.getByText(/You have been sitting for 47 min\./)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Snooze 5 min' })).toBeTruthy()
    expect(document.activeElement).toBe(document.body)
    await userEvent.click(screen.getByRole('button', { name: 'Start movement break' }))
    expect(fake.calls).toContain('reminders:startMovementBreak')
  })

  it('strict mode: no Skip, and the snooze limit is stated', async () => {
    open({ strict: true, snoozesLeft: 1 })
    await screen.findByRole('button', { name: 'Start movement break' })
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull()
    expect(screen.getByText('Strict mode: no skipping. 1 snooze left in a row.')).toBeTruthy()
  })

  it('with no skips left today, Skip is there but cannot be pressed', async () => {
    open({ skipsLeftToday: 0 })
    const skip = await screen.findByRole('button', { name: 'Skip' })
    expect(skip.hasAttribute('disabled')).toBe(true)
  })

  it('a refused skip is explained in the window', async () => {
    const status = reminderStatus(NOW, { phase: 'due' })
    installFakeApi({
      'settings:get': () => defaultSettings,
      'reminders:state': () => status,
      'reminders:skip': () =>
        Promise.resolve({
          ok: false,
          error: { code: 'conflict', message: 'No skips left today: take the break or snooze it.' },
        }),
    })
    render(
      <SettingsProvider>
        <BreakWindow />
      </SettingsProvider>,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Skip' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'No skips left today: take the break or snooze it.',
      ),
    )
  })

  it('follows the chosen theme', async () => {
    open({}, { ...defaultSettings, theme: 'dark' })
    await screen.findByRole('button', { name: 'Start movement break' })
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('dark'))
  })
})
