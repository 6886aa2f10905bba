import { install, type Clock } from '@sinonjs/fake-timers'
import { config } from './runtime'

// The app's clock: Date and timers are faked so a test can let an hour pass at once, and they
// also run forward at real speed so the stand-in's own Chromium plumbing keeps moving.

let clock: Clock | null = null

export function installClock(): void {
  clock = install({
    now: config.startTime,
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    shouldAdvanceTime: true,
    advanceTimeDelta: 20,
  })
}

export async function advanceClock(ms: number): Promise<void> {
  if (!clock) throw new Error('The clock is not installed')
  await clock.tickAsync(ms)
}

/** Removes the fake clock and says how many of the app's timers were still waiting. */
export function uninstallClock(): number {
  const pending = clock?.countTimers() ?? 0
  clock?.uninstall()
  clock = null
  return pending
}
