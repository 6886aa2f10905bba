import { useRef } from 'react'
import type { PauseOption, ReminderStatus } from '../../../electron/shared/contract/reminders'
import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
import { quietText } from '../../../electron/shared/reminders/quiet-text'
import { DesktopNotices } from './DesktopNotices'
import { SnoozeControl } from './SnoozeControl'
import { clockTime, englishText, minutesText, whenText } from './format'
import type { RemindersView } from './use-reminders'
import styles from './reminders.module.css'

interface StatusPanelProps {
  status: ReminderStatus
  act: RemindersView['act']
  onStartBreak: () => void
}

function describe(s: ReminderStatus, text: Translator): { headline: string; detail: string } {
  const { t } = text
  const time = (epochMs: number) => clockTime(epochMs, text.locale.format)
  const when = (epochMs: number) => whenText(epochMs, s.now, text)
  const sitting = s.sittingSince === null ? null : minutesText(s.now - s.sittingSince, text)
  switch (s.phase) {
    case 'sitting': {
      const headline = t('reminders.status.sitting.headline', {
        duration: sitting ?? minutesText(0, text),
      })
      if (s.waitingForLullUntil !== null) {
        return {
          headline,
          detail: t('reminders.status.sitting.waitingForLull', {
            time: time(s.waitingForLullUntil),
          }),
        }
      }
      return {
        headline,
        detail:
          s.nextBreakAt === null
            ? ''
            : t('reminders.status.sitting.nextBreak', {
                time: time(s.nextBreakAt),
                duration: minutesText(s.nextBreakAt - s.now, text),
              }),
      }
    }
    case 'due':
      return {
        headline: t('reminders.status.due.headline'),
        detail:
          sitting === null
            ? t('reminders.status.due.detailUnknown')
            : t('reminders.status.due.detail', { duration: sitting }),
      }
    case 'away':
      return {
        headline: t('reminders.status.away.headline'),
        detail: t('reminders.status.away.detail'),
      }
    case 'break':
      return {
        headline: t('reminders.status.break.headline'),
        detail:
          s.breakEndsAt === null
            ? ''
            : t('reminders.status.break.detail', { time: time(s.breakEndsAt) }),
      }
    case 'paused':
      return {
        headline: s.pausedIndefinitely
          ? t('reminders.status.paused.indefinitely')
          : t('reminders.status.paused.until', { when: when(s.pausedUntil ?? s.now) }),
        detail: t('reminders.status.paused.detail'),
      }
    case 'off-hours':
      return {
        headline: t('reminders.status.offHours.headline'),
        detail:
          s.offHoursUntil === null
            ? t('reminders.status.offHours.noHours')
            : t('reminders.status.offHours.until', { when: when(s.offHoursUntil) }),
      }
    case 'disabled':
      return {
        headline: t('reminders.status.disabled.headline'),
        detail: t('reminders.status.disabled.detail'),
      }
  }
}

/**
 * What the snooze and skip limits leave, in one sentence. Without a translator, English (the
 * break window passes its own once it translates).
 */
export function limitsText(s: ReminderStatus, text: Translator = englishText): string {
  const { t } = text
  const snoozes = t('reminders.limits.snoozes', { count: s.snoozesLeft })
  if (s.strict) return t('reminders.limits.strict', { snoozes })
  if (s.skipsLeftToday === null) {
    return s.snoozesLeft === 0
      ? t('reminders.limits.noSnoozes', { snoozes })
      : t('reminders.limits.snoozesOnly', { snoozes })
  }
  const skips = t('reminders.limits.skips', { count: s.skipsLeftToday })
  return t('reminders.limits.snoozesAndSkips', { snoozes, skips })
}

const PAUSES: { option: PauseOption; label: MessageKey }[] = [
  { option: '30m', label: 'reminders.pause.halfHour' },
  { option: '1h', label: 'reminders.pause.oneHour' },
  { option: '2h', label: 'reminders.pause.twoHours' },
  { option: 'tomorrow', label: 'reminders.pause.tomorrow' },
  { option: 'indefinitely', label: 'reminders.pause.indefinitely' },
]

export function StatusPanel({ status, act, onStartBreak }: StatusPanelProps) {
  const text = useT()
  const { t } = text
  const { headline, detail } = describe(status, text)
  const counting = status.phase === 'sitting' || status.phase === 'due'
  const r = api().reminders
  // Pausing swaps the pause choices for Resume (and back): focus follows, not lost to the page.
  const handOff = useRef<'resume' | 'pause' | null>(null)
  const takeFocus = (to: 'resume' | 'pause') => (element: HTMLElement | null) => {
    if (!element || handOff.current !== to) return
    handOff.current = null
    element.focus()
  }
  return (
    <section className="reminders-status" aria-labelledby="reminders-now">
      <h2 id="reminders-now">{t('reminders.now.heading')}</h2>
      <div role="status" aria-live="polite" className="reminders-headline">
        <p className={styles['reminders-big']}>{headline}</p>
        {detail ? <p>{detail}</p> : null}
      </div>
      {status.idleDetection === 'unavailable' ? (
        <p className={styles['reminders-note']} data-notice="idle-unavailable">
          {t('reminders.idleUnavailable')}
        </p>
      ) : null}
      {status.quiet ? (
        <p className={styles['reminders-quiet']}>
          {t('reminders.quiet.note', {
            quiet: quietText(status.quiet.reason, status.quiet.detail, text),
            time: clockTime(status.quiet.since, text.locale.format),
          })}
        </p>
      ) : null}
      <DesktopNotices desktop={status.desktop} />
      <div className={styles['reminders-actions']}>
        <button type="button" className="primary" onClick={onStartBreak}>
          {t('reminders.actions.takeBreak')}
        </button>
        <SnoozeControl status={status} act={act} />
        {status.strict ? null : (
          <button
            type="button"
            disabled={!counting || status.skipsLeftToday === 0}
            onClick={() => void act(() => r.skip())}
          >
            {t('reminders.actions.skip')}
          </button>
        )}
      </div>
      {counting ? <p className={styles['reminders-hint']}>{limitsText(status, text)}</p> : null}
      {status.phase === 'paused' ? (
        <button
          type="button"
          ref={takeFocus('resume')}
          onClick={() => {
            handOff.current = 'pause'
            void act(() => r.resume())
          }}
        >
          {t('reminders.pause.resume')}
        </button>
      ) : (
        <details className={styles['reminders-pause']}>
          <summary ref={takeFocus('pause')}>{t('reminders.pause.summary')}</summary>
          {PAUSES.map(({ option, label }) => (
            <button
              key={option}
              type="button"
              onClick={() => {
                handOff.current = 'resume'
                void act(() => r.pause({ for: option }))
              }}
            >
              {t(label)}
            </button>
          ))}
        </details>
      )}
      {status.nextDaily ? (
        <p className={styles['reminders-hint']}>
          {t('reminders.nextDaily', {
            label: status.nextDaily.label,
            when: whenText(status.nextDaily.at, status.now, text),
          })}
        </p>
      ) : null}
    </section>
  )
}
