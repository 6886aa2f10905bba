// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PracticeAudio } from '../../../renderer/src/practice/audio'

/** The page's audio context as a stand-in: its state, and what it was told, in order. */
const page = vi.hoisted(() => ({ told: [] as string[], ctx: { state: 'running' } }))

// A stand-in for howler: sounds load at once and end when the test says so.
vi.mock('howler', () => {
  let nextId = 1
  class Howl {
    readonly listeners = new Map<string, ((id: number) => void)[]>()
    constructor(options: { onload?: () => void }) {
      queueMicrotask(() => options.onload?.())
    }
    state() {
      return 'loaded'
    }
    on(event: string, listener: (id: number) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    }
    play() {
      const id = nextId++
      // A sound played into a sleeping context would wait for it: record what it found.
      page.told.push(`play while ${page.ctx.state}`)
      for (const listener of this.listeners.get('play') ?? []) listener(id)
      setTimeout(() => {
        for (const listener of this.listeners.get('end') ?? []) listener(id)
      }, 2000)
      return id
    }
    volume() {}
    unload() {}
  }
  const ctx = Object.assign(page.ctx, {
    suspend: () => {
      page.told.push('suspend')
      page.ctx.state = 'suspended'
      return Promise.resolve()
    },
    resume: () => {
      page.told.push('resume')
      page.ctx.state = 'running'
      return Promise.resolve()
    },
  })
  return { Howl, Howler: { ctx } }
})

beforeEach(() => {
  vi.useFakeTimers()
  page.told.length = 0
  page.ctx.state = 'running'
})
afterEach(() => vi.useRealTimers())

async function opened() {
  const audio = new PracticeAudio()
  audio.open()
  await audio.ready
  return audio
}

describe('the audio context runs only while a sound plays or is due', () => {
  it('sleeps once the sounds have loaded and nothing plays', async () => {
    const audio = await opened()
    await vi.advanceTimersByTimeAsync(1000)
    expect(page.ctx.state).toBe('suspended')
    audio.unload()
  })

  it('is woken before a held bell plays, and sleeps again after the bell has ended', async () => {
    const audio = await opened()
    await vi.advanceTimersByTimeAsync(1000)
    await audio.hold()
    expect(page.ctx.state).toBe('running')
    audio.play('bell-end')
    audio.release()
    // Still ringing: the context stays awake for the bell's tail.
    await vi.advanceTimersByTimeAsync(1000)
    expect(page.ctx.state).toBe('running')
    await vi.advanceTimersByTimeAsync(2000)
    expect(page.ctx.state).toBe('suspended')
    expect(page.told).toEqual(['suspend', 'resume', 'play while running', 'suspend'])
    audio.unload()
  })

  it('wakes the context itself for a sound nobody announced (a preview), so none is lost', async () => {
    const audio = await opened()
    await vi.advanceTimersByTimeAsync(1000)
    audio.play('bell-start')
    expect(page.told).toEqual(['suspend', 'resume', 'play while running'])
    audio.unload()
  })

  it('does not sleep while held, however long the quiet', async () => {
    const audio = await opened()
    await audio.hold()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(page.ctx.state).toBe('running')
    audio.release()
    await vi.advanceTimersByTimeAsync(1000)
    expect(page.ctx.state).toBe('suspended')
    audio.unload()
  })
})
