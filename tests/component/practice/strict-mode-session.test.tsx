// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CustomPractice } from '../../../electron/shared/contract/practice'
import type { RecordSessionInput } from '../../../electron/shared/practice/session-schema'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { PracticeRun } from '../../../renderer/src/practice/PracticeRun'
import { entryFor } from '../../../renderer/src/practice/session-plan'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'

/** Sounds howler actually started, by name. */
const played: string[] = []

// A stand-in for howler: loads at once, plays only while loaded, forgets everything on unload.
vi.mock('howler', () => {
  class Howl {
    private loaded = false
    private readonly name: string
    private readonly playListeners: ((id: number) => void)[] = []
    constructor(options: { src: string[]; onload?: () => void }) {
      this.name = /([\w-]+)\.ogg$/.exec(options.src[0] ?? '')?.[1] ?? '?'
      queueMicrotask(() => {
        this.loaded = true
        options.onload?.()
      })
    }
    state() {
      return this.loaded ? 'loaded' : 'unloaded'
    }
    on(event: string, listener: (id: number) => void) {
      if (event === 'play') this.playListeners.push(listener)
    }
    play() {
      if (!this.loaded) return 0
      played.push(this.name)
      for (const listener of this.playListeners) listener(1)
      return 1
    }
    volume() {
      return 1
    }
    unload() {
      this.loaded = false
    }
  }
  return { Howl, Howler: {} }
})

const START = Date.parse('2026-11-23T10:00:00Z')
const preset: CustomPractice = {
  id: 'custom-two-minutes',
  kind: 'timer',
  name: 'Two minutes',
  body: { warmUpS: 0, lengthMin: 2, intervalMin: 1, startBell: true, endBell: true },
  createdAt: 1,
  updatedAt: 1,
}

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })

describe('a session under React StrictMode (as in npm run dev)', () => {
  beforeEach(() => {
    played.length = 0
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      now: START,
    })
    // Real time moves on between StrictMode's mount, unmount and mount again.
    let drift = 0
    vi.spyOn(performance, 'now').mockImplementation(() => Date.now() - START + (drift += 0.01))
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList
    window.requestAnimationFrame = () => 0
    window.cancelAnimationFrame = () => undefined
  })
  afterEach(() => {
    cleanup()
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('rings its bells and records one session, completed, never a stopped one', async () => {
    const saves: RecordSessionInput[] = []
    Object.defineProperty(window, 'loosen', {
      configurable: true,
      value: {
        settings: {
          get: () =>
            Promise.resolve({ ok: true, value: { ...defaultSettings, practiceAskRatings: false } }),
        },
        practice: {
          recordSession: (payload: RecordSessionInput) => {
            saves.push(payload)
            return Promise.resolve({ ok: true, value: payload })
          },
        },
        events: { subscribe: () => () => undefined },
      },
    })
    const entry = entryFor(preset.id, [preset])
    if (!entry) throw new Error('The preset has no entry.')
    render(
      <StrictMode>
        <SettingsProvider>
          <PracticeRun entry={entry} onDone={() => undefined} />
        </SettingsProvider>
      </StrictMode>,
    )
    await advance(0)
    fireEvent.click(screen.getByRole('button', { name: 'Start' }))
    await advance(0)
    expect(screen.getByRole('region', { name: 'Two minutes session' })).toBeTruthy()

    await advance(121_000)

    expect(played).toEqual(['bell-start', 'bell-interval', 'bell-end'])
    expect(new Set(saves.map((save) => save.id)).size).toBe(1)
    expect(saves.filter((save) => save.status === 'stopped' && save.running === false)).toEqual([])
    expect(saves.at(-1)).toMatchObject({ status: 'completed', actualMs: 120_000 })
  })
})
