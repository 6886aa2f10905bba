import { describe, expect, it } from 'vitest'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { FakeQuietSource } from '../../../electron/main/reminders/quiet-source'
import type { BreakWindowPlacement } from '../../../electron/main/reminders/reminder-world'
import { createMainServices } from '../../../electron/main/services'
import {
  BREAK_WINDOW_SIZE,
  breakWindowBounds,
  type DisplayArea,
} from '../../../electron/main/shell/break-window-placement'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { useTempFolder } from '../../support/temp-folder'

const MIN = 60_000
const START = Date.parse('2026-03-02T09:00:00Z')
const newFolder = useTempFolder('loosen-break-window-')
const answers = () => new Promise((done) => setImmediate(done))

function host(settings: Record<string, unknown>) {
  const clock = { t: START }
  const world = createManualWorld('UTC')
  const quiet = new FakeQuietSource()
  world.quiet = quiet
  const windows: { open: BreakWindowPlacement[]; closes: number; isOpen: boolean } = {
    open: [],
    closes: 0,
    isOpen: false,
  }
  world.breakWindows = {
    open: (where) => {
      windows.open.push(where)
      windows.isOpen = true
    },
    close: () => {
      windows.closes += 1
      windows.isOpen = false
    },
  }
  const services = createMainServices({
    dataFolder: newFolder(),
    appVersion: 'test',
    platform: 'linux',
    now: () => clock.t,
    emit: () => undefined,
    log: { error: () => undefined },
    reminders: world,
  })
  const call = async (channel: string, payload?: unknown) => {
    const result = await services.dispatch(channel, payload)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  const advance = async (ms: number) => {
    const end = clock.t + ms
    while (clock.t < end) {
      world.scheduler.runUntil(
        Math.min(end, clock.t + MIN),
        (t) => (clock.t = t),
        () => clock.t,
      )
      await answers()
    }
  }
  return { world, windows, quiet, services, call, advance, settings }
}

async function dueWith(settings: Record<string, unknown>) {
  const h = host(settings)
  await h.call('settings:update', settings)
  await h.advance(46 * MIN)
  return h
}

const due = (h: Awaited<ReturnType<typeof dueWith>>) =>
  h.world.notifier.shown.filter((n) => n.kind === 'due')

describe('the break window through the reminder service', () => {
  it('is off by default: a notification only, as before', async () => {
    expect(defaultSettings.remindersStyle).toBe('notification')
    const h = await dueWith({ remindersIntervalMin: 45 })
    expect(due(h)).toHaveLength(1)
    expect(h.windows.open).toEqual([])
    h.services.close()
  })

  it("'window' shows the notification and the window on every display", async () => {
    const h = await dueWith({ remindersStyle: 'window' })
    expect(due(h)).toHaveLength(1)
    expect(h.windows.open).toEqual(['all'])
    expect(h.world.opened).toEqual([])
    h.services.close()
  })

  it("'window-only' with the pointer's display: the window alone, where the pointer is", async () => {
    const h = await dueWith({ remindersStyle: 'window-only', remindersWindowDisplays: 'cursor' })
    expect(due(h)).toEqual([])
    expect(h.windows.open).toEqual(['cursor'])
    h.services.close()
  })

  for (const [what, act] of [
    ['skipped', (h: Awaited<ReturnType<typeof dueWith>>) => h.call('reminders:skip')],
    ['snoozed', (h: Awaited<ReturnType<typeof dueWith>>) => h.call('reminders:snooze')],
    [
      'taken from the notification',
      (h: Awaited<ReturnType<typeof dueWith>>) => {
        due(h)[0]?.handlers.click()
        return Promise.resolve()
      },
    ],
    [
      'paused',
      (h: Awaited<ReturnType<typeof dueWith>>) => h.call('reminders:pause', { for: '1h' }),
    ],
  ] as const) {
    it(`closes everywhere when the break is ${what}`, async () => {
      const h = await dueWith({ remindersStyle: 'window' })
      expect(h.windows.isOpen).toBe(true)
      await act(h)
      expect(h.windows.isOpen).toBe(false)
      expect(h.windows.closes).toBe(1)
      h.services.close()
    })
  }

  it('closes when a call starts, and is offered again once the call ends', async () => {
    const h = await dueWith({ remindersStyle: 'window-only' })
    h.quiet.reading = { reason: 'call', detail: null }
    await h.advance(2 * MIN)
    expect(h.windows.isOpen).toBe(false)
    h.quiet.reading = null
    await h.advance(20 * MIN)
    expect(h.windows.open).toEqual(['all', 'all'])
    expect(h.windows.isOpen).toBe(true)
    h.services.close()
  })

  it('the sample reminder from the Reminders screen is the notification alone', async () => {
    const h = host({})
    await h.call('settings:update', { remindersStyle: 'window-only' })
    await h.call('reminders:testNotification')
    expect(h.world.notifier.shown.map((n) => n.kind)).toEqual(['due'])
    expect(h.windows.open).toEqual([])
    h.services.close()
  })

  it('strict mode refuses Skip from the window and leaves it open', async () => {
    const h = await dueWith({ remindersStyle: 'window', remindersStrict: true })
    await expect(h.call('reminders:skip')).rejects.toThrow(/strict/i)
    expect(h.windows.isOpen).toBe(true)
    await h.call('reminders:startMovementBreak')
    expect(h.windows.isOpen).toBe(false)
    expect(h.world.opened.at(-1)).toEqual({
      screen: 'practice',
      detail: 'movement-break',
      focus: true,
    })
    h.services.close()
  })
})

describe('where the break windows go', () => {
  const d = (id: number, x: number, y: number, w: number, h: number, panel = 0): DisplayArea => ({
    id,
    bounds: { x, y, width: w, height: h },
    workArea: { x, y: y + panel, width: w, height: h - panel },
  })
  const left = d(1, -1280, 0, 1280, 1024, 40)
  const main = d(2, 0, 0, 1920, 1080, 32)
  const tiny = d(3, 1920, 0, 320, 240)

  it('one per display, centred in its work area, shrunk to fit a tiny one', () => {
    const placed = breakWindowBounds('all', [main, left, tiny], { x: 5, y: 5 }, main)
    expect(placed.map((p) => p.displayId)).toEqual([2, 1, 3])
    expect(placed[0]?.bounds).toEqual({
      x: (1920 - BREAK_WINDOW_SIZE.width) / 2,
      y: 32 + (1048 - BREAK_WINDOW_SIZE.height) / 2,
      ...BREAK_WINDOW_SIZE,
    })
    expect(placed[1]?.bounds.x).toBe(-1280 + (1280 - BREAK_WINDOW_SIZE.width) / 2)
    expect(placed[2]?.bounds).toEqual({ x: 1920, y: 0, width: 320, height: 240 })
  })

  it('only the display under the pointer, or the primary when the pointer is in a gap', () => {
    expect(breakWindowBounds('cursor', [main, left], { x: -10, y: 500 }, main)).toHaveLength(1)
    expect(breakWindowBounds('cursor', [main, left], { x: -10, y: 500 }, main)[0]?.displayId).toBe(
      1,
    )
    expect(breakWindowBounds('cursor', [main, left], { x: -10, y: 2000 }, main)[0]?.displayId).toBe(
      2,
    )
  })
})
