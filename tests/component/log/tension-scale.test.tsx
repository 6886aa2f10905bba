// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TensionScale } from '../../../renderer/src/log/TensionScale'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function Harness({ onSubmit }: { onSubmit?: () => void }) {
  const [value, setValue] = useState<number | null>(null)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit?.()
      }}
    >
      <button type="button">before</button>
      <label htmlFor="s">How tense?</label>
      <TensionScale id="s" value={value} onChange={setValue} />
      <button type="submit">after</button>
    </form>
  )
}

const slider = () => screen.getByRole('slider', { name: 'How tense?' })

describe('the 0–10 tension scale', () => {
  it('is one slider and one Tab stop, with the words at both ends', async () => {
    render(<Harness />)
    expect(screen.getAllByRole('slider')).toHaveLength(1)
    await userEvent.click(screen.getByRole('button', { name: 'before' }))
    await userEvent.tab()
    expect(document.activeElement).toBe(slider())
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }))
    expect(document.body.textContent).toContain('0 · loose')
    expect(document.body.textContent).toContain('10 · as tight as can be')
  })

  it('says nothing is chosen, then announces the value in words', async () => {
    render(<Harness />)
    expect(slider().getAttribute('aria-valuetext')).toBe('Not chosen yet')
    expect(slider().getAttribute('min')).toBe('0')
    expect(slider().getAttribute('max')).toBe('10')
    slider().focus()
    await userEvent.keyboard('0')
    expect(slider().getAttribute('aria-valuetext')).toBe('0 · loose')
    await userEvent.keyboard('{End}')
    expect(slider().getAttribute('aria-valuetext')).toBe('10 · as tight as can be')
    expect((slider() as HTMLInputElement).value).toBe('10')
  })

  it('moves with the arrows, Page keys and Home, never past the ends', async () => {
    render(<Harness />)
    slider().focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(slider().getAttribute('aria-valuetext')).toBe('1 of 10')
    await userEvent.keyboard('{ArrowUp}{PageUp}')
    expect(slider().getAttribute('aria-valuetext')).toBe('4 of 10')
    await userEvent.keyboard('{ArrowLeft}{ArrowDown}')
    expect(slider().getAttribute('aria-valuetext')).toBe('2 of 10')
    await userEvent.keyboard('{Home}{ArrowLeft}')
    expect(slider().getAttribute('aria-valuetext')).toBe('0 · loose')
    await userEvent.keyboard('9{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(slider().getAttribute('aria-valuetext')).toBe('10 · as tight as can be')
  })

  it('takes a number key; "1" then "0" within a second makes 10, later it makes 0', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    render(<Harness />)
    slider().focus()
    await userEvent.keyboard('7')
    expect(slider().getAttribute('aria-valuetext')).toBe('7 of 10')
    await userEvent.keyboard('10')
    expect(slider().getAttribute('aria-valuetext')).toBe('10 · as tight as can be')
    await userEvent.keyboard('1')
    vi.setSystemTime(Date.now() + 1500)
    await userEvent.keyboard('0')
    expect(slider().getAttribute('aria-valuetext')).toBe('0 · loose')
  })

  it('saves its form with Enter', async () => {
    const onSubmit = vi.fn()
    render(<Harness onSubmit={onSubmit} />)
    slider().focus()
    await userEvent.keyboard('5{Enter}')
    expect(onSubmit).toHaveBeenCalledOnce()
  })

  it('is set by a click on a number under the track', async () => {
    render(<Harness />)
    await userEvent.click(screen.getByText('8', { selector: 'span' }))
    expect(slider().getAttribute('aria-valuetext')).toBe('8 of 10')
    expect(document.activeElement).toBe(slider())
  })
})
