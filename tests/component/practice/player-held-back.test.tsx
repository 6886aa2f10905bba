// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildTimerTimeline } from '../../../electron/shared/practice/custom-scripts'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import type { RecordSessionInput } from '../../../electron/shared/practice/session-schema'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { Player } from '../../../renderer/src/practice/Player'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'
import { builtInScriptFiles } from '../../unit/practice/built-in-scripts'

const PLANNED_MS = 120_000
const START = Date.parse('2026-11-23T10:00:00Z')
const timeline = buildTimerTimeline(
  practiceScriptSchema.parse(
    builtInScriptFiles().find((entry) => entry.file === 'open-timer.json')?.raw,
  ),
  { warmUpS: 0, lengthMin: 2, intervalMin: 1, startBell: true, endBell: true },
)

let hidden = false

async function renderPlayer() {
  const saves: RecordSessionInput[] = []
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      settings: { get: () => Promise.resolve({ ok: true, value: defaultSettings }) },
      practice: {
        recordSession: (payload: RecordSessionInput) => {
          saves.push(payload)
          return Promise.resolve({ ok: true, value: payload })
        },
      },
      events: { subscribe: () => () => undefined },
    },
  })
  const onEnd = vi.fn()
  const playCue = vi.fn()
  render(
    <SettingsProvider>
      <Player
        sessionId="6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f"
        timeline={timeline}
        audio={{ playCue }}
        speech={false}
        audioNote={null}
        onEnd={onEnd}
      />
    </SettingsProvider>,
  )
  await advance(0)
  return { saves, onEnd, playCue }
}

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })

/**
 * The page is held back (throttled, frozen, the machine asleep): the clocks move on, and no
 * timer runs until the page wakes. Fake timers are shifted with the system time, so they stay
 * pending; performance.now() follows Date.now(), as the two clocks do in a browser.
 */
function holdBack(ms: number): void {
  vi.setSystemTime(Date.now() + ms)
}

function hidePage(): void {
  hidden = true
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'))
  })
}

describe('the player on a page held back', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'Date',
      ],
      now: START,
    })
    vi.spyOn(performance, 'now').mockImplementation(() => Date.now() - START)
    hidden = false
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    })
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList
  })
  afterEach(() => {
    cleanup()
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('saves a session whose end passed unseen as completed, at exactly the planned length', async () => {
    const { saves, onEnd } = await renderPlayer()
    await advance(115_000)
    holdBack(11_000)
    await advance(1_000)
    expect(saves.at(-1)).toMatchObject({
      status: 'completed',
      actualMs: PLANNED_MS,
      endedAt: START + PLANNED_MS,
      running: false,
    })
    expect(onEnd).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'completed', actualMs: PLANNED_MS }),
    )
  })

  it('never saves more than planned, nor a running session as stopped past its end, when hidden and unloaded', async () => {
    const { saves } = await renderPlayer()
    await advance(100_000)
    holdBack(40_000)
    hidePage()
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    await advance(0)
    expect(saves.every((save) => save.actualMs <= PLANNED_MS)).toBe(true)
    const stoppedAtOrPastEnd = saves.filter(
      (save) => save.status === 'stopped' && save.actualMs >= PLANNED_MS,
    )
    expect(stoppedAtOrPastEnd).toEqual([])
    expect(saves.at(-1)).toMatchObject({ status: 'completed', actualMs: PLANNED_MS })
  })

  it('saves a checkpoint as the page is hidden mid-session, marked running', async () => {
    const { saves } = await renderPlayer()
    await advance(30_000)
    hidePage()
    expect(saves.at(-1)).toMatchObject({ status: 'stopped', actualMs: 30_000, running: true })
  })

  it('tells main when the session starts, pauses, resumes and ends', async () => {
    const { saves } = await renderPlayer()
    expect(saves[0]).toMatchObject({ actualMs: 0, endedAt: START, running: true })
    await advance(10_000)
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
    await advance(20_000)
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }))
    await advance(110_000)
    expect(saves.map(({ running, actualMs, status }) => [running, actualMs, status])).toEqual([
      [true, 0, 'stopped'],
      [false, 10_000, 'stopped'],
      [true, 10_000, 'stopped'],
      [true, 40_000, 'stopped'], // the checkpoints every minute, with the pause left out
      [true, 100_000, 'stopped'],
      [false, PLANNED_MS, 'completed'],
    ])
  })
})
