// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { RatingPrompt } from '../../../renderer/src/practice/RatingPrompt'
import { SessionSummary } from '../../../renderer/src/practice/SessionSummary'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'

const SESSION_ID = '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f'
const AFTER = 'And how tense do your hips feel now?'

const saved = (input: Record<string, unknown>) =>
  Promise.resolve({
    ok: true,
    value: {
      id: 'r1',
      takenAt: 1,
      utcOffsetMin: 0,
      regions: {},
      note: '',
      tags: [],
      sessionId: SESSION_ID,
      phase: 'after',
      ...input,
    },
  })
const addRating = vi.fn(saved)
const updateRating = vi.fn(saved)
const deleteRating = vi.fn(() => Promise.resolve({ ok: true, value: null }))

beforeEach(() => {
  for (const fn of [addRating, updateRating, deleteRating]) fn.mockClear()
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      log: { addRating, updateRating, deleteRating },
      settings: { get: () => Promise.resolve({ ok: true, value: defaultSettings }) },
      events: { subscribe: () => () => undefined },
    },
  })
})
afterEach(cleanup)

function renderSummary() {
  render(
    <SettingsProvider>
      <SessionSummary
        title="Box Breathing"
        outcome={{
          sessionId: SESSION_ID,
          status: 'completed',
          actualMs: 120_000,
          plannedMs: 120_000,
          saveError: null,
        }}
        beforeRating={7}
        onAgain={vi.fn()}
        onDone={vi.fn()}
      />
    </SettingsProvider>,
  )
}

describe('the after-practice rating', () => {
  it('is the tactile scale: one slider, words at both ends, Save locked until a number', () => {
    renderSummary()
    expect(screen.getAllByRole('slider')).toHaveLength(1)
    expect(screen.queryAllByRole('button', { name: /out of 10/ })).toHaveLength(0)
    const scale = screen.getByRole('slider', { name: AFTER })
    expect(scale.getAttribute('aria-valuetext')).toBe('Not chosen yet')
    expect(document.body.textContent).toContain('0 · loose')
    expect(document.body.textContent).toContain('10 · as tight as can be')
    expect(screen.getByRole('button', { name: 'Save rating' })).toHaveProperty('disabled', true)
    expect(screen.getByRole('button', { name: 'Skip and finish' })).toBeTruthy()
  })

  it('saves nothing while the scale moves; Enter saves, then focus moves on to Finish', async () => {
    renderSummary()
    const scale = screen.getByRole('slider', { name: AFTER })
    scale.focus()
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowRight}')
    expect(scale.getAttribute('aria-valuetext')).toBe('4 of 10')
    expect(addRating).not.toHaveBeenCalled()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(screen.getByText('Self-rating saved.')).toBeTruthy())
    expect(addRating).toHaveBeenCalledExactlyOnceWith({
      value: 4,
      sessionId: SESSION_ID,
      phase: 'after',
    })
    expect(screen.getByText('Your rating: 7 → 4, three points looser')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Finish' }))
  })

  it('a change of mind edits the saved rating, and Clear takes it back', async () => {
    renderSummary()
    const scale = screen.getByRole('slider', { name: AFTER })
    scale.focus()
    await userEvent.keyboard('4{Enter}')
    await waitFor(() => expect(addRating).toHaveBeenCalledOnce())
    scale.focus()
    await userEvent.keyboard('6')
    await userEvent.click(screen.getByRole('button', { name: 'Save rating' }))
    await waitFor(() => expect(updateRating).toHaveBeenCalledOnce())
    expect(updateRating.mock.calls[0]?.[0]).toMatchObject({ id: 'r1', value: 6 })
    expect(addRating).toHaveBeenCalledOnce()
    await waitFor(() =>
      expect(screen.getByText('Your rating: 7 → 6, one point looser')).toBeTruthy(),
    )

    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    await waitFor(() => expect(screen.getByText('Self-rating removed.')).toBeTruthy())
    expect(deleteRating).toHaveBeenCalledExactlyOnceWith({ id: 'r1' })
    expect(scale.getAttribute('aria-valuetext')).toBe('Not chosen yet')
    // Clear went away with the number: focus is back on the scale, not on the page.
    expect(document.activeElement).toBe(scale)
    expect(screen.getByRole('button', { name: 'Skip and finish' })).toBeTruthy()
  })
})

function BeforeHarness({ onValue }: { onValue: (value: number | null) => void }) {
  const [value, setValue] = useState<number | null>(null)
  return (
    <RatingPrompt
      id="before-rating"
      question="How tense do your hips feel right now?"
      value={value}
      onChange={(next) => {
        setValue(next)
        onValue(next)
      }}
    />
  )
}

describe('the before-practice rating', () => {
  it('sets the number at once (Start takes it), with no Save, and can be cleared', async () => {
    const onValue = vi.fn()
    render(<BeforeHarness onValue={onValue} />)
    const scale = screen.getByRole('slider', { name: 'How tense do your hips feel right now?' })
    expect(screen.queryByRole('button', { name: 'Save rating' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull()
    scale.focus()
    await userEvent.keyboard('7')
    expect(onValue).toHaveBeenLastCalledWith(7)
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    expect(onValue).toHaveBeenLastCalledWith(null)
    expect(scale.getAttribute('aria-valuetext')).toBe('Not chosen yet')
  })
})
