// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { ReminderSettingsForm } from '../../../renderer/src/reminders/ReminderSettingsForm'

afterEach(cleanup)

describe('the break settings form', () => {
  it('explains a refused value in words and says nothing was saved', async () => {
    const save = vi.fn().mockResolvedValue({
      code: 'invalid_input',
      field: 'remindersIntervalMin',
      message: 'remindersIntervalMin: The sitting interval can be at most 120 minutes.',
    })
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    const interval = screen.getByLabelText(/Remind me after sitting for/)
    await user.clear(interval)
    await user.type(interval, '200')
    await user.click(screen.getByRole('button', { name: 'Save break settings' }))
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ remindersIntervalMin: 200 }))
    expect(screen.getByRole('status').textContent).toBe(
      'Remind me after sitting for: The sitting interval can be at most 120 minutes. Nothing was saved.',
    )
    expect(interval.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(interval)
    expect(interval.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id)
  })

  it('does not send an empty field', async () => {
    const save = vi.fn()
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    await user.clear(screen.getByLabelText(/Break length/))
    await user.click(screen.getByRole('button', { name: 'Save break settings' }))
    expect(save).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toBe('Fill in "Break length".')
    expect(document.activeElement).toBe(screen.getByLabelText(/Break length/))
  })
})
