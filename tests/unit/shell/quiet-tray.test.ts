import { describe, expect, it } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { reminderStatus } from '../../support/reminder-status'
import { TooltipThrottle, trayHeadline } from '../../../electron/main/shell/tray-model'

const NOW = Date.parse('2026-03-02T09:30:00Z')

const status = (patch: Partial<ReminderStatus>) =>
  reminderStatus(NOW, { sittingSince: NOW - 30 * 60_000, nextBreakAt: NOW + 15 * 60_000, ...patch })

describe('the tray during a quiet time', () => {
  it('headlines the reason', () => {
    const quiet = (reason: 'call' | 'fullscreen' | 'do-not-disturb') =>
      trayHeadline(status({ quiet: { reason, detail: null, since: NOW } }))
    expect(quiet('call')).toBe("Quiet: you're in a call")
    expect(quiet('fullscreen')).toBe('Quiet: an app is fullscreen')
    expect(quiet('do-not-disturb')).toBe('Quiet: Do Not Disturb is on')
    expect(
      trayHeadline(status({ quiet: { reason: 'focus-app', detail: 'Keynote', since: NOW } })),
    ).toBe('Quiet: Keynote is in front')
  })

  it('a pause says it is paused, quiet or not', () => {
    const s = status({ phase: 'paused', quiet: { reason: 'call', detail: null, since: NOW } })
    expect(trayHeadline(s)).toBe('Paused until resumed')
  })

  it('shows a quiet time starting at once, not after the minute the countdown waits', () => {
    const throttle = new TooltipThrottle()
    expect(throttle.next(status({}), NOW)).toBe('Loosen — Next break in 15 min')
    const quiet = status({ quiet: { reason: 'call', detail: null, since: NOW } })
    expect(throttle.next(quiet, NOW + 1000)).toBe("Loosen — Quiet: you're in a call")
  })
})
