// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { TranslatorProvider, translatorFor } from '../../../renderer/src/i18n/i18n-context'
import { TensionScale } from '../../../renderer/src/log/TensionScale'

function Scale({ start }: { start: number }) {
  const [value, setValue] = useState<number | null>(start)
  return <TensionScale id="t" value={value} onChange={setValue} />
}

function renderIn(locale: string) {
  render(
    <TranslatorProvider translator={translatorFor('system', [locale])}>
      <Scale start={5} />
    </TranslatorProvider>,
  )
  return screen.getByRole('slider')
}

afterEach(cleanup)

describe('the tension scale’s arrows follow the drawn track', () => {
  it('moves up with ArrowRight in a left-to-right page', () => {
    const slider = renderIn('en-US')
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slider).toHaveProperty('value', '6')
  })

  it('moves up with ArrowLeft where the page, and the track, run right to left', () => {
    const slider = renderIn('ar-XB')
    fireEvent.keyDown(slider, { key: 'ArrowLeft' })
    expect(slider).toHaveProperty('value', '6')
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slider).toHaveProperty('value', '4')
  })
})
