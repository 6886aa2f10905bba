// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { DailyRemindersEditor } from '../../../renderer/src/reminders/DailyRemindersEditor'

afterEach(cleanup)

const saved = (save: ReturnType<typeof vi.fn>) => {
  const last = save.mock.lastCall as [{ remindersDaily: { label: string; time: string }[] }]
  return last[0].remindersDaily.map((r) => `${r.label} ${r.time}`)
}

describe('daily reminders save by themselves', () => {
  it('saves adding and removing at once, a name when its field is left, a time when picked', async () => {
    const save = vi.fn().mockResolvedValue(null)
    render(<DailyRemindersEditor settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Daily practice reminders'))
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Add a daily reminder' }))
    expect(save).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status').textContent).toBe('Saved.')

    const name = screen.getByLabelText('Name')
    await user.clear(name)
    await user.type(name, 'Morning scan')
    expect(save).toHaveBeenCalledTimes(1)
    await user.tab()
    expect(saved(save)).toEqual(['Morning scan 08:00'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'AM or PM' }), 'pm')
    expect(saved(save)).toEqual(['Morning scan 20:00'])

    await user.click(screen.getByRole('button', { name: 'Remove reminder 1' }))
    expect(save).toHaveBeenLastCalledWith({ remindersDaily: [] })
  })

  it('names the reminder a refusal is about', async () => {
    const save = vi.fn().mockResolvedValue({
      code: 'invalid_input',
      field: 'remindersDaily.0.label',
      message: 'remindersDaily.0.label: Keep the name under 60 characters.',
      problem: 'Keep the name under 60 characters.',
    })
    render(<DailyRemindersEditor settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Daily practice reminders'))
    await user.click(screen.getByRole('button', { name: 'Add a daily reminder' }))
    expect(screen.getByRole('status').textContent).toBe(
      'Reminder 1: Keep the name under 60 characters. Nothing was saved.',
    )
  })
})
