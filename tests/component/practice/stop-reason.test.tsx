// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { StopConfirm } from '../../../renderer/src/practice/StopConfirm'

const SESSION_ID = '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f'
const STEP = { index: 3, text: 'Knee rocks: let the knees sway side to side', movement: true }

function stubBridge(reply: unknown = { ok: true, value: {} }) {
  const recordStopReason = vi.fn(() => Promise.resolve(reply))
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: { practice: { recordStopReason }, events: { subscribe: () => () => undefined } },
  })
  return recordStopReason
}

function renderStop(finishing = false) {
  const onStop = vi.fn()
  const onKeepGoing = vi.fn()
  render(
    <StopConfirm
      open
      finishing={finishing}
      practisedMs={90_000}
      sessionId={SESSION_ID}
      step={STEP}
      onStop={onStop}
      onKeepGoing={onKeepGoing}
    />,
  )
  return { onStop, onKeepGoing }
}

describe('the stop question: was it pain or discomfort?', () => {
  beforeAll(() => {
    // Older jsdom builds lack modal dialogs; the question only needs open/close to toggle.
    const dialog = HTMLDialogElement.prototype as unknown as Record<string, unknown>
    if (typeof dialog['showModal'] !== 'function') {
      dialog['showModal'] = function (this: HTMLDialogElement) {
        this.setAttribute('open', '')
      }
      dialog['close'] = function (this: HTMLDialogElement) {
        this.removeAttribute('open')
      }
    }
  })
  afterEach(cleanup)

  it('is skippable: stopping without an answer saves no reason and stops at once', () => {
    const record = stubBridge()
    const { onStop } = renderStop()
    expect(
      screen.getByRole('group', {
        name: 'Are you stopping because of pain or discomfort? (optional)',
      }),
    ).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'No, or I’d rather not say' })).toHaveProperty(
      'checked',
      true,
    )
    // Where and the note appear only after a yes, so nobody is asked about pain they did not have.
    expect(screen.queryByRole('group', { name: /Where did you feel it/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Stop and save' }))
    expect(onStop).toHaveBeenCalledOnce()
    expect(record).not.toHaveBeenCalled()
  })

  it('saves pain, the regions in body-map order, the note and the step, then stops', async () => {
    const record = stubBridge()
    const { onStop } = renderStop()
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, pain' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lower back' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Left groin' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Anything to note? (optional)' }), {
      target: { value: '  a pinch  ' },
    })
    expect(screen.getByText(/If the pain is sharp or stays/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Stop and save' }))
    await waitFor(() => expect(onStop).toHaveBeenCalledOnce())
    expect(record).toHaveBeenCalledWith({
      sessionId: SESSION_ID,
      reason: 'pain',
      regions: ['left-groin', 'lower-back'],
      note: 'a pinch',
      stepIndex: 3,
      stepText: STEP.text,
      movement: true,
    })
  })

  it('a refused save keeps the dialog open and says why', async () => {
    stubBridge({ ok: false, error: { code: 'not_found', message: 'That session is not saved.' } })
    const { onStop } = renderStop()
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, discomfort' }))
    fireEvent.click(screen.getByRole('button', { name: 'Stop and save' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The reason was not saved: That session is not saved.',
    )
    expect(onStop).not.toHaveBeenCalled()
  })

  it('finishing an open-ended session is not a stop and asks nothing about pain', () => {
    stubBridge()
    renderStop(true)
    expect(screen.queryByRole('radio')).toBeNull()
  })
})
