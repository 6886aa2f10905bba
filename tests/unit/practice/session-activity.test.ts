import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RUNNING_LEASE_MS, SessionActivity } from '../../../electron/main/practice/session-activity'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const START = Date.parse('2026-11-23T10:00:00Z')
const ID = '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f'
const OTHER = '7a2d3c0f-4b5e-4d6f-9081-2b3c4d5e6f70'

function save(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    practiceId: 'open-timer',
    practiceTitle: 'Open Timer',
    plannedMs: 300_000,
    actualMs: 0,
    status: 'stopped',
    startedAt: START,
    endedAt: START,
    running: true,
    ...overrides,
  }
}

describe('the session activity signal', () => {
  it('is on while any session runs and off when the last one ends', () => {
    const changes: boolean[] = []
    const activity = new SessionActivity({ onChange: (on) => changes.push(on) })
    activity.saw(ID, true)
    activity.saw(OTHER, true)
    activity.saw(ID, true) // a renewal says nothing new
    activity.saw(ID, false)
    expect(changes).toEqual([true])
    activity.saw(OTHER, false)
    expect(changes).toEqual([true, false])
    expect(activity.active).toBe(false)
  })

  it('lets a session whose page fell silent lapse after the lease, and renews on each checkpoint', () => {
    const timers: { run: () => void; ms: number; cancelled: boolean }[] = []
    const changes: boolean[] = []
    const activity = new SessionActivity({
      onChange: (on) => changes.push(on),
      startTimer: (run, ms) => {
        const timer = { run, ms, cancelled: false }
        timers.push(timer)
        return () => {
          timer.cancelled = true
        }
      },
    })
    activity.saw(ID, true)
    activity.saw(ID, true)
    expect(timers.map((t) => [t.ms, t.cancelled])).toEqual([
      [RUNNING_LEASE_MS, true],
      [RUNNING_LEASE_MS, false],
    ])
    timers[1]?.run()
    expect(changes).toEqual([true, false])
  })

  it('keeps going when the listener throws, and logs it', () => {
    const log = { error: vi.fn() }
    const activity = new SessionActivity({
      onChange: () => {
        throw new Error('no blocker')
      },
      log,
    })
    activity.saw(ID, true)
    expect(activity.active).toBe(true)
    expect(log.error).toHaveBeenCalledWith(
      'The practice activity listener failed',
      expect.any(Error),
    )
  })
})

describe('the session activity through the dispatcher', () => {
  const tempFolder = useTempFolder()
  let main: MainServices
  let changes: boolean[]
  let now = START
  beforeEach(() => {
    vi.useFakeTimers()
    changes = []
    now = START + 60_000
    main = createMainServices({
      dataFolder: join(tempFolder(), 'data'),
      appVersion: 'test',
      platform: 'linux',
      now: () => now,
      emit: () => undefined,
      log: { error: () => undefined },
      onPracticeActive: (on) => changes.push(on),
    })
  })
  afterEach(() => {
    main.close()
    vi.useRealTimers()
  })
  const record = (overrides: Record<string, unknown> = {}) =>
    main.dispatch('practice:recordSession', save(overrides))

  it('turns on at the first running checkpoint, off while paused, and off at the end', async () => {
    await record()
    expect(changes).toEqual([true])
    await record({ actualMs: 20_000, endedAt: START + 20_000, running: false }) // paused
    await record({ actualMs: 20_000, endedAt: START + 40_000 }) // resumed
    await record({ actualMs: 50_000, endedAt: START + 60_000, status: 'completed', running: false })
    expect(changes).toEqual([true, false, true, false])
  })

  it('is not turned on by a late running checkpoint of a completed session, nor by a refused save', async () => {
    await record({ actualMs: 50_000, endedAt: START + 60_000, status: 'completed', running: false })
    await record({ actualMs: 40_000, endedAt: START + 50_000 })
    expect(await record({ id: OTHER, actualMs: 999_000, endedAt: START + 1_000 })).toMatchObject({
      ok: false,
    })
    expect(changes).toEqual([])
  })

  it('lapses when a running session sends nothing for the lease time', async () => {
    await record()
    vi.advanceTimersByTime(RUNNING_LEASE_MS - 1)
    expect(changes).toEqual([true])
    vi.advanceTimersByTime(1)
    expect(changes).toEqual([true, false])
  })
})
