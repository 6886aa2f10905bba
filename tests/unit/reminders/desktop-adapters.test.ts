import { describe, expect, it } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { reminderStatus } from '../../support/reminder-status'
import { TooltipThrottle, trayMenuModel, trayTitle } from '../../../electron/main/shell/tray-model'
import { englishOnlyCatalogues } from '../../../electron/shared/i18n/english-only'

const NOW = Date.parse('2026-03-02T09:00:00Z')

const status = (patch: Partial<ReminderStatus> = {}) => reminderStatus(NOW, patch)

describe('the tray menu', () => {
  it('has the items people expect, in order', () => {
    const labels = trayMenuModel(status()).map((i) => (i.separator ? '—' : i.label))
    expect(labels).toEqual([
      'Next break in 25 min',
      '—',
      'Start movement break',
      'Start a practice',
      'Log tension…',
      'Pause reminders',
      '—',
      'Open Loosen',
      'Quit Loosen',
    ])
    const pause = trayMenuModel(status()).find((i) => i.label === 'Pause reminders')
    expect(pause?.submenu?.map((i) => i.action)).toEqual([
      { type: 'pause', option: '30m' },
      { type: 'pause', option: '1h' },
      { type: 'pause', option: '2h' },
      { type: 'pause', option: 'tomorrow' },
      { type: 'pause', option: 'indefinitely' },
    ])
    const practices = trayMenuModel(status()).find((i) => i.label === 'Start a practice')
    expect(practices?.submenu?.map((i) => i.action)).toContainEqual({
      type: 'practice',
      practiceId: 'movement-break',
    })
  })

  it("offers Resume while paused, and says until when on the locale's own clock", () => {
    const until = NOW + 3_600_000
    const menu = trayMenuModel(status({ phase: 'paused', pausedUntil: until }))
    const clock = (locale: string) =>
      new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(until)
    expect(menu[0]?.label).toBe(`Paused until ${clock('en')}`)
    expect(menu[0]?.label).toMatch(/^Paused until \d\d?:\d\d [AP]M$/)
    const british = englishOnlyCatalogues.translatorFor({
      messages: 'en',
      format: 'en-GB',
      dir: 'ltr',
    })
    const inBritain = trayMenuModel(status({ phase: 'paused', pausedUntil: until }), british)
    expect(inBritain[0]?.label).toMatch(/^Paused until \d\d:\d\d$/)
    expect(menu.map((i) => i.action)).toContainEqual({ type: 'resume' })
  })

  it('puts a short countdown beside the macOS icon', () => {
    expect(trayTitle(status())).toBe('25m')
    expect(trayTitle(status({ phase: 'due' }))).toBe('Move')
  })

  it('changes the tooltip countdown at most once a minute, but a new phase at once', () => {
    const throttle = new TooltipThrottle()
    expect(throttle.next(status(), NOW)).toBe('Loosen — Next break in 25 min')
    const later = status({ now: NOW + 20_000, nextBreakAt: NOW + 24 * 60_000 })
    expect(throttle.next(later, NOW + 20_000)).toBeNull()
    expect(throttle.next(later, NOW + 60_000)).toBe('Loosen — Next break in 24 min')
    expect(throttle.next(status({ phase: 'paused' }), NOW + 61_000)).toBe(
      'Loosen — Paused until resumed',
    )
  })
})
