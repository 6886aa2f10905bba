// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildTimerTimeline } from '../../../electron/shared/practice/custom-scripts'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import type { RecordSessionInput } from '../../../electron/shared/practice/session-schema'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { Player } from '../../../renderer/src/practice/Player'
import type { PlayedCue } from '../../../renderer/src/practice/player-controller'
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

/** What the page did, in order, with the fake clock's time: saves, sounds, the end screen. */
type Happening =
  | { what: 'save'; at: number; save: RecordSessionInput }
  | { what: 'cue'; at: number; cue: PlayedCue }
  | { what: 'end'; at: number }

async function renderPlayer() {
  const log: Happening[] = []
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      settings: { get: () => Promise.resolve({ ok: true, value: defaultSettings }) },
      practice: {
        recordSession: (save: RecordSessionInput) => {
          log.push({ what: 'save', at: Date.now(), save })
          return Promise.resolve({ ok: true, value: save })
        },
      },
      events: { subscribe: () => () => undefined },
    },
  })
  render(
    <SettingsProvider>
      <Player
        sessionId="6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f"
        timeline={timeline}
        audio={{ playCue: (cue) => log.push({ what: 'cue', at: Date.now(), cue }) }}
        speech={false}
        audioNote={null}
        onEnd={() => log.push({ what: 'end', at: Date.now() })}
      />
    </SettingsProvider>,
  )
  await advance(0)
  return log
}

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })

const finalSaves = (log: Happening[]) =>
  log.filter((h) => h.what === 'save' && h.save.status === 'completed' && !h.save.running)

const isEndBell = (h: Happening) =>
  h.what === 'cue' && h.cue.kind === 'bell' && h.cue.bell === 'end'

describe('the end of a timed session', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      now: START,
    })
    // The monotonic clock moves with the wall clock, as the two do in a browser.
    vi.spyOn(performance, 'now').mockImplementation(() => Date.now() - START)
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

  it('sends the final save in the tick that reaches the planned end, then rings the end bell', async () => {
    const log = await renderPlayer()
    await advance(PLANNED_MS - 1)
    expect(finalSaves(log)).toEqual([])

    act(() => {
      // Only the timers run here: React renders, effects and promise callbacks wait for act's
      // end. So the save is seen here only if the timer's own callback sent it, not a render
      // or an effect after it (which in a browser can wait for the next frame).
      vi.advanceTimersByTime(1)
      const sent = finalSaves(log)
      expect(sent).toHaveLength(1)
      expect(sent[0]?.at).toBe(START + PLANNED_MS)
      expect(log.some((h) => h.what === 'end')).toBe(false)
    })

    const save = log.findIndex((h) => h.what === 'save' && h.save.status === 'completed')
    const bell = log.findIndex(isEndBell)
    expect(save).toBeGreaterThan(-1)
    // The bell rings in the same tick, at the end, right after the save has gone out.
    expect(bell).toBe(save + 1)
    expect(log[bell]?.at).toBe(START + PLANNED_MS)
    expect(finalSaves(log)[0]).toMatchObject({
      save: { startedAt: START, endedAt: START + PLANNED_MS, actualMs: PLANNED_MS },
    })
    await advance(0)
    expect(screen.getByText('0:00')).toBeTruthy()
  })

  it('moves the end by the length of a pause, and saves at the moved end', async () => {
    const log = await renderPlayer()
    await advance(30_000)
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
    await advance(20_000)
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }))
    // The end as planned without the pause passes with nothing ended...
    await advance(PLANNED_MS - 50_000)
    expect(Date.now()).toBe(START + PLANNED_MS)
    expect(finalSaves(log)).toEqual([])
    expect(log.some(isEndBell)).toBe(false)
    // ...up to a millisecond before the end moved by the pause.
    await advance(20_000 - 1)
    expect(finalSaves(log)).toEqual([])

    act(() => {
      vi.advanceTimersByTime(1)
      expect(finalSaves(log).map((h) => h.at)).toEqual([START + PLANNED_MS + 20_000])
    })
    expect(finalSaves(log)[0]).toMatchObject({
      save: {
        startedAt: START,
        endedAt: START + PLANNED_MS + 20_000,
        actualMs: PLANNED_MS,
        status: 'completed',
      },
    })
    expect(log.find(isEndBell)?.at).toBe(START + PLANNED_MS + 20_000)
  })
})
