// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { PracticeAudio } from '../../../renderer/src/practice/audio'

/** What the page's audio context was told, in order. */
const told = vi.hoisted(() => [] as string[])

// A stand-in for howler whose audio context records suspend and resume.
vi.mock('howler', () => {
  class Howl {
    constructor(options: { onload?: () => void }) {
      queueMicrotask(() => options.onload?.())
    }
    state() {
      return 'loaded'
    }
    on() {}
    unload() {}
  }
  const ctx = {
    suspend: () => {
      told.push('suspend')
      return Promise.resolve()
    },
    resume: () => {
      told.push('resume')
      return Promise.resolve()
    },
  }
  return { Howl, Howler: { ctx } }
})

describe('the audio context sleeps when no practice can play', () => {
  it('is suspended when the sounds are let go and woken when they load again', async () => {
    const audio = new PracticeAudio()
    audio.open()
    await audio.ready
    audio.unload()
    expect(told.at(-1)).toBe('suspend')
    audio.open()
    expect(told.at(-1)).toBe('resume')
    await audio.ready
    audio.unload()
    expect(told).toEqual(['resume', 'suspend', 'resume', 'suspend'])
  })
})
