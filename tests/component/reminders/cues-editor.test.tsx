// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { CuesEditor } from '../../../renderer/src/reminders/CuesEditor'

afterEach(cleanup)

describe('the plans editor (event-based cues)', () => {
  it('plans "after being away 45 minutes, offer me Cyclic Sighing" and saves it', async () => {
    const save = vi.fn().mockResolvedValue(null)
    render(<CuesEditor settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Plans: after …, I …'))
    await user.click(screen.getByRole('button', { name: 'Add a plan' }))
    await user.selectOptions(screen.getByLabelText('After'), 'back')
    const away = screen.getByLabelText(/Away at least/)
    await user.clear(away)
    await user.type(away, '45')
    await user.selectOptions(screen.getByLabelText('Offer me'), 'practice')
    await user.selectOptions(screen.getByLabelText('Which'), 'cyclic-sighing')
    expect(save).toHaveBeenLastCalledWith({
      remindersCues: [
        expect.objectContaining({
          trigger: 'back',
          awayMin: 45,
          action: 'practice',
          practiceId: 'cyclic-sighing',
        }),
      ],
    })
    expect(screen.getByRole('status').textContent).toBe('Saved.')
  })

  it('names the plan a refusal is about, and says nothing was saved', async () => {
    const save = vi.fn().mockResolvedValue({
      code: 'invalid_input',
      field: 'remindersCues.0.awayMin',
      message: 'remindersCues.0.awayMin: Away at most 240 minutes (4 hours).',
      problem: 'Away at most 240 minutes (4 hours).',
    })
    render(<CuesEditor settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Plans: after …, I …'))
    await user.click(screen.getByRole('button', { name: 'Add a plan' }))
    expect(save).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('status').textContent).toBe(
      'Plan 1: Away at most 240 minutes (4 hours). Nothing was saved.',
    )
  })
})
