// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { HIP_REGIONS } from '../../../electron/shared/contract/log'
import { BodyMap, type RegionValues } from '../../../renderer/src/log/BodyMap'

afterEach(() => {
  cleanup()
  latest = {}
})

let latest: RegionValues = {}
function Harness({ start = {} }: { start?: RegionValues }) {
  const [values, setValues] = useState<RegionValues>(start)
  return (
    <>
      <button type="button">before</button>
      <BodyMap
        values={values}
        onChange={(next) => {
          latest = next
          setValues(next)
        }}
        idPrefix="t"
      />
      <button type="button">after</button>
    </>
  )
}

const region = (name: string) => screen.getByRole('slider', { name })

describe('the hip-and-pelvis body map', () => {
  it('offers every stored region, named with its side and view', () => {
    render(<Harness />)
    const names = screen.getAllByRole('slider').map((el) => el.getAttribute('aria-label'))
    expect(names).toHaveLength(HIP_REGIONS.length)
    expect(names).toEqual(
      expect.arrayContaining([
        'Left front of hip (front)',
        'Right groin (front)',
        'Pelvic floor (front)',
        'Left buttock (back)',
        'Sacrum / SI joint (back)',
      ]),
    )
  })

  it("labels left and right from the person's own point of view on both views", () => {
    const { container } = render(<Harness />)
    const texts = [...container.querySelectorAll('svg text')].map((t) => ({
      text: t.textContent,
      x: Number(t.getAttribute('x')),
    }))
    const side = (label: string) => texts.filter((t) => t.text === label).map((t) => t.x)
    // Front view (x < 180): facing us, their right is on our left. Back view: their left is.
    const [frontRight, backRight] = side('your right').sort((a, b) => a - b)
    const [frontLeft, backLeft] = side('your left').sort((a, b) => a - b)
    expect(frontRight).toBeLessThan(frontLeft ?? 0)
    expect(backLeft).toBeLessThan(backRight ?? 0)
    expect(screen.getByText(/Left and right are your own/)).toBeTruthy()
  })

  it('a click sets the clicked region only, stepping by 2 and clearing after 10', async () => {
    render(<Harness />)
    const buttock = region('Left buttock (back)')
    await userEvent.click(buttock)
    expect(latest).toEqual({ 'left-buttock': 2 })
    await userEvent.click(buttock)
    await userEvent.click(buttock)
    expect(latest).toEqual({ 'left-buttock': 6 })
    expect(buttock.getAttribute('aria-valuetext')).toBe('6 of 10')
    await userEvent.click(buttock)
    await userEvent.click(buttock)
    expect(latest).toEqual({ 'left-buttock': 10 })
    await userEvent.click(buttock)
    expect(latest).toEqual({})
    expect(buttock.getAttribute('aria-valuetext')).toBe('not rated')
  })

  it('is one Tab stop; arrows move between regions, numbers and up/down set the focused one', async () => {
    render(<Harness />)
    await userEvent.click(screen.getByRole('button', { name: 'before' }))
    await userEvent.tab()
    expect(document.activeElement).toBe(region('Right front of hip (front)'))
    await userEvent.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(region('Right groin (front)'))
    await userEvent.keyboard('7')
    expect(latest).toEqual({ 'right-groin': 7 })
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(document.activeElement).toBe(region('Left groin (front)'))
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    expect(latest).toEqual({ 'right-groin': 7, 'left-groin': 2 })
    await userEvent.keyboard('{ArrowDown}')
    expect(latest).toEqual({ 'right-groin': 7, 'left-groin': 1 })
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{Delete}')
    expect(latest).toEqual({ 'left-groin': 1 })
    await userEvent.keyboard('{ArrowRight}10')
    expect(document.activeElement).toBe(region('Pelvic floor (front)'))
    expect(latest).toEqual({ 'left-groin': 1, 'pelvic-floor': 10 })
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }))
    await userEvent.tab({ shift: true })
    // Back to the region last used, not the first.
    expect(document.activeElement).toBe(region('Pelvic floor (front)'))
  })

  it('lists the chosen regions with their values for reading and precision', async () => {
    render(<Harness start={{ sacrum: 3, 'right-buttock': 8 }} />)
    const list = screen.getByRole('list', { name: 'Places chosen' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Sacrum / SI joint: 3 of 10', 'Right buttock: 8 of 10'])
    await userEvent.click(region('Sacrum / SI joint (back)'))
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toBe('Sacrum / SI joint: 5 of 10')
  })
})
