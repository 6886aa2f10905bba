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
  it('saves a number key confirmed with Enter, letting main stamp the time', async () => {
    const onSaved = renderForm()
    const scale = screen.getByRole('slider', { name: 'How tense do your hips feel?' })
    expect(scale).toBe(document.activeElement)
    await userEvent.keyboard('7{Enter}')
    expect(addRating).toHaveBeenCalledWith({ value: 7, regions: {}, note: '', tags: [] })
    expect(onSaved).toHaveBeenCalledOnce()
    // Ready for the next rating: nothing chosen again.
    expect(scale.getAttribute('aria-valuetext')).toBe('Not chosen yet')
  })

  it('refuses to save before a number is chosen, saying how to choose, sending nothing', async () => {
    renderForm()
    await userEvent.keyboard('{Enter}')
    expect(screen.getByRole('alert').textContent).toMatch(
      /Choose how tense, from 0 \(loose\) to 10/,
    )
    expect(addRating).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(screen.getByRole('slider', { name: /How tense/ }))
  })

  it('sends the regions set on the map as numbers under their stored ids', async () => {
    renderForm()
    await userEvent.keyboard('4')
    await userEvent.click(screen.getByRole('slider', { name: 'Sacrum / SI joint (back)' }))
    await userEvent.keyboard('3')
    await userEvent.click(screen.getByRole('slider', { name: 'Left groin (front)' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save self-rating' }))
    expect(addRating).toHaveBeenCalledWith(
      expect.objectContaining({ value: 4, regions: { sacrum: 3, 'left-groin': 2 } }),
    )
  })

  it('keeps the time as "Now" (not sent) until Change time opens one field', async () => {
    renderForm()
    expect(screen.getByText('Now')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Change time' }))
    const when = screen.getByLabelText('When')
    expect(document.activeElement).toBe(when)
    expect(screen.queryByRole('button', { name: 'Change time' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Use now' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change time' }))
  })
})
