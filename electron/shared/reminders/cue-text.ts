import type { CueAction, CueTrigger } from '../settings/reminders'
import type { NoticeText } from './notice-text'

/** How each trigger reads in the editor ("After …"). */
export const CUE_TRIGGER_LABEL: Record<CueTrigger, string> = {
  unlock: 'I unlock the screen',
  back: 'I come back from being away',
  'call-end': 'a call ends',
  'hours-start': 'my working hours start',
}

/** How each action reads in the editor ("… offer me …"). */
export const CUE_ACTION_LABEL: Record<CueAction, string> = {
  practice: 'a practice',
  movement: 'a movement (the Movement Break)',
  checkin: 'a check-in',
}

const AFTER: Record<CueTrigger, string> = {
  unlock: 'Welcome back',
  back: 'Welcome back',
  'call-end': 'Your call has ended',
  'hours-start': 'Your working day starts',
}

const OFFER: Record<CueAction, string> = {
  practice: 'the practice you planned',
  movement: 'two minutes of movement, as you planned',
  checkin: 'a short check-in, as you planned',
}

/** The cue's notification: the user's own plan, offered, never required. */
export function cueNotice(trigger: CueTrigger, action: CueAction): NoticeText {
  return {
    title: `${AFTER[trigger]}: ${OFFER[action]}`,
    body: 'Click to start it now, or let it pass if now is not the moment.',
  }
}
