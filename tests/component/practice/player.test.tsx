// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings, type Settings } from '../../../electron/shared/settings/schema'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { buildTimerTimeline } from '../../../electron/shared/practice/custom-scripts'
import { buildTimeline, type Timeline } from '../../../electron/shared/practice/timeline'
import { Player } from '../../../renderer/src/practice/Player'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'
import { builtInScriptFiles } from '../../unit/practice/built-in-scripts'

const box = practiceScriptSchema.parse(
  builtInScriptFiles().find((entry) => entry.file === 'box-breathing.json')?.raw,
)
const timeline = buildTimeline(box, { lengthMin: 2 })
const openTimer = practiceScriptSchema.parse(
  builtInScriptFiles().find((entry) => entry.file === 'open-timer.json')?.raw,
)
const openEnded = buildTimerTimeline(openTimer, {
  warmUpS: 0,
  lengthMin: null,
  intervalMin: null,
  startBell: true,
  endBell: true,
})
const SESSION_ID = '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f'

function stubBridge(settings: Partial<Settings> = {}) {
  const recordSession = vi.fn((payload: unknown) => Promise.resolve({ ok: true, value: payload }))
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      settings: {
        get: () => Promise.resolve({ ok: true, value: { ...defaultSettings, ...settings } }),
      },
      practice: { recordSession },
      events: { subscribe: () => () => undefined },
    },
  })
  return recordSession
}

async function renderPlayer(settings: Partial<Settings> = {}, shown: Timeline = timeline) {
  const recordSession = stubBridge(settings)
  const onEnd = vi.fn()
  const playCue = vi.fn()
  render(
    <SettingsProvider>
      <Player
        sessionId={SESSION_ID}
        timeline={shown}
        audio={{ playCue }}
        speech={false}
        audioNote={null}
        onEnd={onEnd}
      />
    </SettingsProvider>,
  )
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0)
  })
  return { onEnd, playCue, recordSession }
}

/** A key press as the player hears it: on the window, from whatever has focus. */
const press = (key: string) =>
  act(() => {
    fireEvent.keyDown(document.body, { key })
    fireEvent.keyUp(document.body, { key })
  })

const click = (element: HTMLElement) =>
  act(() => {
    fireEvent.click(element)
  })

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })

describe('the practice player', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'performance',
        'Date',
      ],
    })
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList
    // Older jsdom builds lack modal dialogs; the player only needs open/close to toggle.
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
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('shows the step, plays the start bell, and follows the breath', async () => {
    const { playCue } = await renderPlayer()
    expect(screen.getByText('Sit upright and let your shoulders drop.')).toBeTruthy()
    expect(playCue).toHaveBeenCalledWith({ atMs: 0, kind: 'bell', bell: 'start' })
    await advance(10_000)
    expect(screen.getByText('Breathe in, hold, breathe out, hold: four counts each.')).toBeTruthy()
    expect(document.querySelector('.pacer-label')?.textContent).toBe('Breathe in')
    await advance(4_000)
    expect(document.querySelector('.pacer-label')?.textContent).toBe('Hold')
  })

  it('takes keyboard focus as it starts, so Tab goes to its own controls', async () => {
    await renderPlayer()
    expect(document.activeElement).toBe(
      screen.getByRole('region', { name: 'Box Breathing session' }),
    )
  })

  it('pauses and resumes from the button and from Space', async () => {
    await renderPlayer()
    click(screen.getByRole('button', { name: 'Pause' }))
    expect(screen.getByText('· Paused')).toBeTruthy()
    await advance(60_000)
    expect(screen.getByText('Step 1 of 3')).toBeTruthy()
    press(' ')
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy()
    await advance(10_000)
    expect(screen.getByText('Step 2 of 3')).toBeTruthy()
  })

  it('moves between steps with the buttons and the arrow keys', async () => {
    await renderPlayer()
    click(screen.getByRole('button', { name: 'Next step' }))
    expect(screen.getByText('Step 2 of 3')).toBeTruthy()
    press('ArrowRight')
    expect(screen.getByText('Step 3 of 3')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Next step' }).hasAttribute('disabled')).toBe(true)
    press('ArrowLeft')
    expect(screen.getByText('Step 2 of 3')).toBeTruthy()
  })

  it('stops at once in the first minute and saves a partial session', async () => {
    const { onEnd, recordSession } = await renderPlayer()
    await advance(20_000)
    click(screen.getByRole('button', { name: 'Stop' }))
    await advance(0)
    expect(recordSession).toHaveBeenLastCalledWith(
      expect.objectContaining({
        id: SESSION_ID,
        status: 'stopped',
        actualMs: 20_000,
        plannedMs: 120_000,
      }),
    )
    expect(onEnd).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'stopped', saveError: null }),
    )
  })

  it('asks before stopping after a minute, and Escape in the question keeps going', async () => {
    const { onEnd } = await renderPlayer()
    await advance(70_000)
    press('Escape')
    expect(screen.getByRole('heading', { name: 'Stop this session?' })).toBeTruthy()
    click(screen.getByRole('button', { name: 'Keep going' }))
    expect(onEnd).not.toHaveBeenCalled()
    click(screen.getByRole('button', { name: 'Stop' }))
    click(screen.getByRole('button', { name: 'Stop and save' }))
    await advance(0)
    expect(onEnd).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'stopped', actualMs: 70_000 }),
    )
  })

  it('finishes an open-ended session with Escape: saved as done, with the end bell', async () => {
    const { onEnd, playCue, recordSession } = await renderPlayer({}, openEnded)
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull()
    await advance(70_000)
    press('Escape')
    expect(screen.getByRole('heading', { name: 'Finish this session?' })).toBeTruthy()
    click(screen.getByRole('button', { name: 'Finish and save' }))
    await advance(0)
    expect(playCue).toHaveBeenLastCalledWith({ atMs: 70_000, kind: 'bell', bell: 'end' })
    expect(recordSession).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'completed', actualMs: 70_000, plannedMs: null }),
    )
    expect(onEnd).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'completed', actualMs: 70_000, plannedMs: null }),
    )
  })

  it('finishes a short open-ended session at once from the Finish button', async () => {
    const { onEnd } = await renderPlayer({}, openEnded)
    await advance(30_000)
    click(screen.getByRole('button', { name: 'Finish' }))
    await advance(0)
    expect(screen.queryByRole('heading', { name: 'Finish this session?' })).toBeNull()
    expect(onEnd).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'completed', actualMs: 30_000 }),
    )
  })

  it('counts gently instead of moving when reduced motion is chosen', async () => {
    await renderPlayer({ reduceMotion: 'always' })
    await advance(10_000)
    const count = document.querySelector('.pacer-count')
    expect(document.querySelector('.player')?.classList.contains('reduced')).toBe(true)
    expect(count?.textContent).toBe('4')
    await advance(1_100)
    expect(count?.textContent).toBe('3')
    // Box breathing's dot stays at the in-breath's corner instead of travelling up the side.
    expect((document.querySelector('.pacer-mover') as HTMLElement).style.transform).toBe(
      'translate(20cqw, 80cqh)',
    )
  })

  it('completes on time and says so', async () => {
    const { onEnd, playCue } = await renderPlayer()
    await advance(120_000)
    expect(playCue).toHaveBeenLastCalledWith({ atMs: 120_000, kind: 'bell', bell: 'end' })
    expect(onEnd).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'completed', actualMs: 120_000 }),
    )
  })

  it('starts in the distraction-free full window, left and reopened with the button and F', async () => {
    await renderPlayer()
    const player = () => document.querySelector('.player')
    expect(player()?.classList.contains('full-window')).toBe(true)
    expect(
      screen.getByRole('button', { name: 'Leave full window' }).getAttribute('aria-pressed'),
    ).toBe('true')
    click(screen.getByRole('button', { name: 'Leave full window' }))
    expect(player()?.classList.contains('full-window')).toBe(false)
    press('f')
    expect(player()?.classList.contains('full-window')).toBe(true)
  })

  it('keeps Tab among the session controls in full window', async () => {
    await renderPlayer()
    const first = screen.getByRole('button', { name: 'Leave full window' })
    const last = screen.getByRole('button', { name: 'Stop' })
    last.focus()
    fireEvent.keyDown(last, { key: 'Tab' })
    expect(document.activeElement).toBe(first)
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(last)
    // Between the edges Tab is left to the browser.
    const pause = screen.getByRole('button', { name: 'Pause' })
    pause.focus()
    expect(fireEvent.keyDown(pause, { key: 'Tab' })).toBe(true)
  })
})
