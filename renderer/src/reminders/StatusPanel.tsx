import { useRef } from 'react'
import type { PauseOption, ReminderStatus } from '../../../electron/shared/contract/reminders'
import { api } from '../api'
import { quietText } from '../../../electron/shared/reminders/quiet-text'
import { DesktopNotices } from './DesktopNotices'
import { SnoozeControl } from './SnoozeControl'
import { clockTime, minutesText, whenText } from './format'
import type { RemindersView } from './use-reminders'
import styles from './reminders.module.css'

interface StatusPanelProps {
  status: ReminderStatus
  act: RemindersView['act']
  onStartBreak: () => void
}

function describe(s: ReminderStatus): { headline: string; detail: string } {
  const sitting = s.sittingSince === null ? null : minutesText(s.now - s.sittingSince)
  switch (s.phase) {
    case 'sitting':
      if (s.waitingForLullUntil !== null) {
        return {
          headline: `Sitting for ${sitting ?? '0 min'}`,
          detail: `A break is due. Loosen is waiting for a pause in your typing, until ${clockTime(s.waitingForLullUntil)} at the latest.`,
        }
      }
      return {
        headline: `Sitting for ${sitting ?? '0 min'}`,
        detail:
          s.nextBreakAt === null
            ? ''
            : `Next break at ${clockTime(s.nextBreakAt)} (in ${minutesText(s.nextBreakAt - s.now)}).`,
      }
    case 'due':
      return {
        headline: 'Time for a movement break',
        detail: `You have been sitting for ${sitting ?? 'a while'}. Stand up, walk, stretch your hips.`,
      }
    case 'away':
      return {
        headline: 'Away from the desk',
        detail: 'Staying away long enough counts as a break; no reminder when you come back.',
      }
    case 'break':
      return {
        headline: 'On a break',
        detail:
          s.breakEndsAt === null ? '' : `Sitting time starts again at ${clockTime(s.breakEndsAt)}.`,
      }
    case 'paused':
      return {
        headline: s.pausedIndefinitely
          ? 'Paused until you resume'
          : `Paused until ${whenText(s.pausedUntil ?? s.now, s.now)}`,
        detail: 'No reminders and no sitting time while paused.',
      }
    case 'off-hours':
      return {
        headline: 'Outside working hours',
        detail:
          s.offHoursUntil === null
            ? 'No working hours are set for the coming week.'
            : `Reminders start again ${whenText(s.offHoursUntil, s.now)}.`,
      }
    case 'disabled':
      return { headline: 'Break reminders are off', detail: 'Turn them on in the settings below.' }
  }
}

/** What the snooze and skip limits leave, in one sentence. */
export function limitsText(s: ReminderStatus): string {
  const snoozes =
    s.snoozesLeft === 0
      ? 'No snoozes left in a row'
      : `${s.snoozesLeft} snooze${s.snoozesLeft === 1 ? '' : 's'} left in a row`
  if (s.strict) return `Strict mode: no skipping. ${snoozes}.`
  if (s.skipsLeftToday === null) {
    return s.snoozesLeft === 0 ? `${snoozes}: take the break or skip it.` : `${snoozes}.`
  }
  const skips =
    s.skipsLeftToday === 0
      ? 'no skips left today'
      : `${s.skipsLeftToday} skip${s.skipsLeftToday === 1 ? '' : 's'} left today`
  return `${snoozes}; ${skips}.`
}

const PAUSES: { option: PauseOption; label: string }[] = [
  { option: '30m', label: '30 min' },
  { option: '1h', label: '1 hour' },
  { option: '2h', label: '2 hours' },
  { option: 'tomorrow', label: 'Until tomorrow morning' },
  { option: 'indefinitely', label: 'Until I resume' },
]

export function StatusPanel({ status, act, onStartBreak }: StatusPanelProps) {
  const { headline, detail } = describe(status)
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
      <h2 id="reminders-now">Now</h2>
      <div role="status" aria-live="polite" className="reminders-headline">
        <p className={styles['reminders-big']}>{headline}</p>
        {detail ? <p>{detail}</p> : null}
      </div>
      {status.idleDetection === 'unavailable' ? (
        <p className={styles['reminders-note']} data-notice="idle-unavailable">
          On this desktop Loosen can&rsquo;t tell when you step away from the keyboard, so a break
          you take on your own isn&rsquo;t noticed and reminders keep their times. Lock the screen
          when you leave: that always counts as a break.
        </p>
      ) : null}
      {status.quiet ? (
        <p className={styles['reminders-quiet']}>
          {quietText(status.quiet.reason, status.quiet.detail)} (since{' '}
          {clockTime(status.quiet.since)}). Reminders wait until it ends; a break that falls due
          meanwhile is offered once afterwards.
        </p>
      ) : null}
      <DesktopNotices desktop={status.desktop} />
      <div className={styles['reminders-actions']}>
        <button type="button" className="primary" onClick={onStartBreak}>
          Take a break now
        </button>
        <SnoozeControl status={status} act={act} />
        {status.strict ? null : (
          <button
            type="button"
            disabled={!counting || status.skipsLeftToday === 0}
            onClick={() => void act(() => r.skip())}
          >
            Skip this break
          </button>
        )}
      </div>
      {counting ? <p className={styles['reminders-hint']}>{limitsText(status)}</p> : null}
      {status.phase === 'paused' ? (
        <button
          type="button"
          ref={takeFocus('resume')}
          onClick={() => {
            handOff.current = 'pause'
            void act(() => r.resume())
          }}
        >
          Resume reminders
        </button>
      ) : (
        <details className={styles['reminders-pause']}>
          <summary ref={takeFocus('pause')}>Pause reminders</summary>
          {PAUSES.map(({ option, label }) => (
            <button
              key={option}
              type="button"
              onClick={() => {
                handOff.current = 'resume'
                void act(() => r.pause({ for: option }))
              }}
            >
              {label}
            </button>
          ))}
        </details>
      )}
      {status.nextDaily ? (
        <p className={styles['reminders-hint']}>
          Next daily practice reminder: {status.nextDaily.label},{' '}
          {whenText(status.nextDaily.at, status.now)}.
        </p>
      ) : null}
    </section>
  )
}
