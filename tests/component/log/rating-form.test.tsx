// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { RatingForm } from '../../../renderer/src/log/RatingForm'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'

const addRating = vi.fn()

beforeEach(() => {
  addRating.mockReset()
  addRating.mockImplementation((input: { value: number }) =>
    Promise.resolve({
      ok: true,
      value: {
        id: 'r1',
        takenAt: 1,
        utcOffsetMin: 0,
        regions: {},
        note: '',
        tags: [],
        sessionId: null,
        phase: null,
        ...input,
      },
    }),
  )
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      log: { addRating },
      settings: { get: () => Promise.resolve({ ok: true, value: defaultSettings }) },
      events: { subscribe: () => () => undefined },
    },
  })
})
afterEach(cleanup)

function renderForm(onSaved = vi.fn()) {
  render(
    <SettingsProvider>
      <RatingForm idPrefix="t" autoFocus onSaved={onSaved} />
    </SettingsProvider>,
  )
  return onSaved
}

describe('the quick rating form', () => {
  it('saves a number typed and confirmed with Enter, letting main stamp the time', async () => {
    const onSaved = renderForm()
    const input = screen.getByLabelText('How tense do your hips feel?')
    expect(input).toHaveProperty('id', document.activeElement?.id)
    await userEvent.keyboard('7{Enter}')
    expect(addRating).toHaveBeenCalledWith({ value: 7, regions: {}, note: '', tags: [] })
    expect(onSaved).toHaveBeenCalledOnce()
    expect(input).toHaveProperty('value', '')
  })

  it('refuses 11 and a fraction with a message, sending nothing', async () => {
    renderForm()
    await userEvent.keyboard('11{Enter}')
    expect(screen.getByRole('alert').textContent).toMatch(/whole number from 0 \(loose\) to 10/)
    await userEvent.clear(screen.getByLabelText('How tense do your hips feel?'))
    await userEvent.keyboard('6.5{Enter}')
    expect(addRating).not.toHaveBeenCalled()
  })

  it('sends body-map values as numbers and names a region that is out of range', async () => {
    renderForm()
    await userEvent.type(screen.getByLabelText('Sacrum / SI joint'), '12')
    await userEvent.type(screen.getByLabelText('How tense do your hips feel?'), '4{Enter}')
    expect(screen.getByRole('alert').textContent).toBe(
      'Sacrum / SI joint: use a whole number from 0 to 10.',
    )
    await userEvent.clear(screen.getByLabelText('Sacrum / SI joint'))
    await userEvent.type(screen.getByLabelText('Sacrum / SI joint'), '3')
    await userEvent.type(screen.getByLabelText('How tense do your hips feel?'), '{Enter}')
    expect(addRating).toHaveBeenCalledWith(
      expect.objectContaining({ value: 4, regions: { sacrum: 3 } }),
    )
  })
})
