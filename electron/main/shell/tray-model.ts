import type { PauseOption, ReminderStatus } from '../../shared/contract/reminders'
import type { Translator } from '../../shared/i18n/translator'
import {
  PRACTICE_SHORTCUTS,
  practiceShortcutTitle,
} from '../../shared/reminders/practice-shortcuts'
import { quietText } from '../../shared/reminders/quiet-text'
import { englishTranslator } from '../../shared/text/english-translator'

export type TrayAction =
  | { type: 'start-break' }
  | { type: 'practice'; practiceId: string }
  | { type: 'log' }
  | { type: 'pause'; option: PauseOption }
  | { type: 'resume' }
  | { type: 'open' }
  | { type: 'quit' }

export interface TrayItem {
  label: string
  enabled?: boolean
  action?: TrayAction
  submenu?: TrayItem[]
  separator?: boolean
}

function minutesLeft(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000))
}

/** A time of day on the person's own clock (14:05, 2:05 PM), in the system's time zone. */
function clock(epochMs: number, translator: Translator): string {
  return new Intl.DateTimeFormat(translator.locale.format, {
    hour: 'numeric',
    minute: '2-digit',
  }).format(epochMs)
}

/** One line saying where reminders stand; the tray menu's first item and its tooltip. */
export function trayHeadline(
  s: ReminderStatus,
  translator: Translator = englishTranslator(),
): string {
  const { t } = translator
  const counting = s.phase === 'sitting' || s.phase === 'due' || s.phase === 'away'
  if (s.quiet && counting) return quietText(s.quiet.reason, s.quiet.detail, translator)
  switch (s.phase) {
    case 'sitting': {
      if (s.nextBreakAt === null) return t('tray.headline.counting')
      const n = minutesLeft(s.nextBreakAt, s.now)
      return n <= 1 ? t('tray.headline.underMinute') : t('tray.headline.nextBreak', { minutes: n })
    }
    case 'due':
      return t('tray.headline.due')
    case 'away':
      return t('tray.headline.away')
    case 'break':
      return s.breakEndsAt === null
        ? t('tray.headline.onBreak')
        : t('tray.headline.onBreakUntil', { time: clock(s.breakEndsAt, translator) })
    case 'paused':
      return s.pausedUntil === null
        ? t('tray.headline.paused')
        : t('tray.headline.pausedUntil', { time: clock(s.pausedUntil, translator) })
    case 'off-hours':
      return t('tray.headline.offHours')
    case 'disabled':
      return t('tray.headline.disabled')
  }
}

/** The short countdown beside the tray icon on macOS. */
export function trayTitle(s: ReminderStatus, translator: Translator = englishTranslator()): string {
  if (s.phase === 'due') return translator.t('tray.title.due')
  if (s.phase === 'sitting' && s.nextBreakAt !== null)
    return translator.t('tray.title.minutes', { minutes: minutesLeft(s.nextBreakAt, s.now) })
  return ''
}

export function trayMenuModel(
  s: ReminderStatus,
  translator: Translator = englishTranslator(),
): TrayItem[] {
  const { t } = translator
  const paused = s.phase === 'paused'
  return [
    { label: trayHeadline(s, translator), enabled: false },
    { label: '', separator: true },
    { label: t('tray.menu.startBreak'), action: { type: 'start-break' } },
    {
      label: t('tray.menu.startPractice'),
      submenu: PRACTICE_SHORTCUTS.map((p) => ({
        label: practiceShortcutTitle(p, translator.plain),
        action: { type: 'practice', practiceId: p.id } as const,
      })),
    },
    { label: t('tray.menu.logTension'), action: { type: 'log' } },
    paused
      ? { label: t('tray.menu.resume'), action: { type: 'resume' } }
      : {
          label: t('tray.menu.pause'),
          enabled: s.phase !== 'disabled',
          submenu: [
            { label: t('tray.menu.pause30m'), action: { type: 'pause', option: '30m' } },
            { label: t('tray.menu.pause1h'), action: { type: 'pause', option: '1h' } },
            { label: t('tray.menu.pause2h'), action: { type: 'pause', option: '2h' } },
            { label: t('tray.menu.pauseTomorrow'), action: { type: 'pause', option: 'tomorrow' } },
            {
              label: t('tray.menu.pauseIndefinitely'),
              action: { type: 'pause', option: 'indefinitely' },
            },
          ],
        },
    { label: '', separator: true },
    { label: t('tray.menu.open'), action: { type: 'open' } },
    { label: t('tray.menu.quit'), action: { type: 'quit' } },
  ]
}

/**
 * Keeps the tooltip countdown to at most one change a minute. A change of phase (paused,
 * due…) shows at once: a stale "next break in 5 min" after pausing would be wrong, not just late.
 */
export class TooltipThrottle {
  private lastAt = Number.NEGATIVE_INFINITY
  private lastText = ''
  private lastPhase = ''

  next(
    status: ReminderStatus,
    now: number,
    translator: Translator = englishTranslator(),
  ): string | null {
    const text = translator.t('tray.tooltip', { headline: trayHeadline(status, translator) })
    if (text === this.lastText) return null
    // A quiet time starting or ending is a change of state too, shown at once; so is a new
    // language, whose tooltip must not wait a minute in the old one.
    const phase = `${status.phase}/${status.quiet?.reason ?? ''}/${translator.locale.messages}`
    if (phase === this.lastPhase && now - this.lastAt < 60_000) return null
    this.lastAt = now
    this.lastText = text
    this.lastPhase = phase
    return text
  }
}
