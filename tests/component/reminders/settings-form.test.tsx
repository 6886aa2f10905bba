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
      problem: 'The sitting interval can be at most 120 minutes.',
    })
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    const interval = screen.getByLabelText(/Remind me after sitting for/)
    await user.clear(interval)
    await user.type(interval, '200{Enter}')
    expect(save).toHaveBeenCalledWith({ remindersIntervalMin: 200 })
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
    await user.tab()
    expect(save).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toBe('Fill in "Break length".')
    expect(screen.getByLabelText(/Break length/).getAttribute('aria-invalid')).toBe('true')
    // Leaving a field does not pull the person back into it.
    expect(document.activeElement).not.toBe(screen.getByLabelText(/Break length/))
  })

  it('saves a number on leaving its field and a choice at once, with a quiet "Saved."', async () => {
    const save = vi.fn().mockResolvedValue(null)
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull()
    const interval = screen.getByLabelText(/Remind me after sitting for/)
    await user.clear(interval)
    await user.type(interval, '30')
    expect(save).not.toHaveBeenCalled()
    await user.tab()
    expect(save).toHaveBeenCalledWith({ remindersIntervalMin: 30 })
    expect(screen.getByRole('status').textContent).toBe('Saved.')
    await user.selectOptions(screen.getByLabelText('How to remind me'), 'window')
    expect(save).toHaveBeenLastCalledWith({ remindersStyle: 'window' })
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('leaving an unchanged number sends nothing', async () => {
    const save = vi.fn().mockResolvedValue(null)
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    await user.click(screen.getByLabelText(/Remind me after sitting for/))
    await user.tab()
    expect(save).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('turns a refused switch back to what is saved', async () => {
    const save = vi.fn().mockResolvedValue({
      code: 'invalid_input',
      field: 'remindersStrict',
      message: 'remindersStrict: Not now.',
      problem: 'Not now.',
    })
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    const strict = screen.getByLabelText(/Strict mode/)
    await user.click(strict)
    expect(save).toHaveBeenCalledWith({ remindersStrict: true })
    expect(strict).toHaveProperty('checked', false)
    expect(screen.getByRole('status').textContent).toBe('Not now. Nothing was saved.')
    expect(document.activeElement).toBe(strict)
  })
})
