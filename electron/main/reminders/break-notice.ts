import type { QuietReason } from '../../shared/contract/reminders'
import type { Translator } from '../../shared/i18n/translator'
import {
  dueNotice,
  headsUpNotice,
  microNotice,
  postureNotice,
  type NoticeText,
} from '../../shared/reminders/notice-text'
import type { Settings } from '../../shared/settings/schema'
import { noticeActionLabels } from './notice-labels'
import type { NoticeAction, Notifier } from './reminder-world'
import { afterQuietLead } from '../../shared/reminders/quiet-text'

export interface BreakNoticeFacts {
  kind: 'due' | 'heads-up'
  sittingMs: number
  msLeft: number
  breakMin: number
  /** The notification can carry buttons on this desktop. */
  canAct: boolean
  /** The break fell due in this quiet time, which has just ended: the notice says so first. */
  afterQuiet?: QuietReason
}

/** The words of a break notice (due, or a heads-up before it) in the language in force. */
export function breakNoticeText(facts: BreakNoticeFacts, words: Translator): NoticeText {
  const base =
    facts.kind === 'due'
      ? dueNotice(facts.sittingMs, facts.breakMin, facts.canAct, words)
      : headsUpNotice(facts.msLeft, words)
  if (!facts.afterQuiet) return base
  return {
    ...base,
    body: words.t('notice.afterQuiet.body', {
      lead: afterQuietLead(facts.afterQuiet, words),
      body: base.body,
    }),
  }
}

export type NoticeKind = 'due' | 'heads-up' | 'micro' | 'stand' | 'sit'

export interface BreakNoticeWorld {
  notifier: Notifier
  notificationActions: boolean
  style: Settings['remindersStyle']
  breakMin: number
  words: Translator
}

export interface BreakNoticeActions {
  startBreak: () => void
  snooze: () => void
  openBreakWindow: () => void
}

/**
 * Shows what a step of the reminder machine asked for: a posture nudge, a heads-up, or a due
 * break as a notification, a break window or both, as the reminder style says. `sample` is the
 * Reminders screen's test: the notification alone, whatever the style.
 */
export function showBreakNotice(
  world: BreakNoticeWorld,
  notice: { kind: NoticeKind; sittingMs: number; msLeft: number; afterQuiet?: QuietReason },
  on: BreakNoticeActions,
  sample = false,
): void {
  const { kind } = notice
  const { words } = world
  if (kind === 'micro' || kind === 'stand' || kind === 'sit') {
    // A nudge to change posture or stand for a moment: nothing to start, snooze or open.
    const text = kind === 'micro' ? microNotice(words) : postureNotice(kind, words)
    world.notifier.show(
      { kind: kind === 'micro' ? 'micro' : 'posture', ...text, actions: [] },
      { click: () => undefined, action: () => undefined },
    )
    return
  }
  const text = breakNoticeText(
    { ...notice, kind, breakMin: world.breakMin, canAct: world.notificationActions },
    words,
  )
  const actions: NoticeAction[] = kind === 'due' ? ['start-break', 'snooze'] : ['start-break']
  const style = sample ? 'notification' : world.style
  // A heads-up stays a notification: the window is for the break itself.
  if (kind !== 'due' || style !== 'window-only') {
    world.notifier.show(
      { kind, ...text, actions, actionLabels: noticeActionLabels(words) },
      {
        click: on.startBreak,
        action: (action) => (action === 'start-break' ? on.startBreak() : on.snooze()),
      },
    )
  }
  if (kind === 'due' && style !== 'notification') on.openBreakWindow()
}
