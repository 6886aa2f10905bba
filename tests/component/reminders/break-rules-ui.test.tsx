// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { ReminderSettingsForm } from '../../../renderer/src/reminders/ReminderSettingsForm'
import { StatusPanel, limitsText } from '../../../renderer/src/reminders/StatusPanel'
import { installFakeApi } from '../support/fake-api'
import { dueStatus } from './status-fixture'

afterEach(cleanup)

function renderPanel(status: ReminderStatus) {
  const payloads: unknown[] = []
  installFakeApi({
    'reminders:snooze': (payload) => {
      payloads.push(payload)
      return status
    },
    'reminders:skip': () => status,
  })
  const act = vi.fn(async (command: () => Promise<unknown>) => {
    await command()
  })
  render(<StatusPanel status={status} act={act} onStartBreak={() => undefined} />)
  return { payloads, act }
}

describe('strict mode and the skip limit on the Reminders screen', () => {
  it('strict mode offers no Skip button and says so', () => {
    renderPanel(dueStatus({ strict: true, snoozesLeft: 1 }))
    expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull()
    expect(screen.getByText('Strict mode: no skipping. 1 snooze left in a row.')).toBeTruthy()
  })

  it('with no skips left today the Skip button is disabled', () => {
    renderPanel(dueStatus({ skipsLeftToday: 0 }))
    const skip = screen.getByRole<HTMLButtonElement>('button', { name: 'Skip this break' })
    expect(skip.disabled).toBe(true)
    expect(screen.getByText('2 snoozes left in a row; no skips left today.')).toBeTruthy()
  })

  it('words the limits in one sentence', () => {
    expect(limitsText(dueStatus({ snoozesLeft: 0 }))).toBe(
      'No snoozes left in a row: take the break or skip it.',
    )
    expect(limitsText(dueStatus({ skipsLeftToday: 1, snoozesLeft: 1 }))).toBe(
      '1 snooze left in a row; 1 skip left today.',
    )
  })
})

describe('postponing with a reason', () => {
  it('snoozes at once when no reason is asked for', async () => {
    const { payloads } = renderPanel(dueStatus())
    await userEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    expect(payloads).toEqual([undefined])
  })

  it('asks why, optionally, and sends the note with the snooze', async () => {
    const { payloads } = renderPanel(dueStatus({ askPostponeReason: true }))
    await userEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    expect(payloads).toEqual([])
    await userEvent.type(screen.getByLabelText('Why not now? (optional)'), 'In a meeting')
    await userEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    expect(payloads).toEqual([{ reason: 'In a meeting' }])
  })

  it('an empty note snoozes just the same', async () => {
    const { payloads } = renderPanel(dueStatus({ askPostponeReason: true }))
    await userEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    await userEvent.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    expect(payloads).toEqual([undefined])
  })
})

describe('the break settings', () => {
  it('saves the credit share, strict mode, the skip limit, the reason and the wait', async () => {
    const save = vi.fn().mockResolvedValue(null)
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    const share = screen.getByLabelText(/share of it/)
    expect((share as HTMLInputElement).value).toBe('50')
    await user.clear(share)
    await user.type(share, '75')
    await user.clear(screen.getByLabelText(/Skips allowed a day/))
    await user.type(screen.getByLabelText(/Skips allowed a day/), '2')
    await user.clear(screen.getByLabelText(/wait for a pause/))
    await user.type(screen.getByLabelText(/wait for a pause/), '3')
    await user.click(screen.getByLabelText(/Strict mode/))
    await user.click(screen.getByLabelText(/note why/))
    // Each saves by itself, as it is completed.
    const sent: unknown = Object.assign({}, ...save.mock.calls.map((call: unknown[]) => call[0]))
    expect(sent).toEqual({
      remindersCreditPct: 75,
      remindersSkipsPerDay: 2,
      remindersLullWaitMin: 3,
      remindersStrict: true,
      remindersAskPostponeReason: true,
    })
  })

  it('all of these are off by default, and a started break needs half its length away', () => {
    expect(defaultSettings).toMatchObject({
      remindersStrict: false,
      remindersSkipsPerDay: 0,
      remindersAskPostponeReason: false,
      remindersLullWaitMin: 0,
      remindersCreditPct: 50,
    })
  })
})
