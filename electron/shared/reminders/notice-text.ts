/** The words on reminder notifications, shared by main and the settings preview. */

export interface NoticeText {
  title: string
  body: string
}

function minutes(ms: number): string {
  const n = Math.max(1, Math.round(ms / 60_000))
  return n === 1 ? '1 minute' : `${n} minutes`
}

export function dueNotice(sittingMs: number, breakMin: number, canAct: boolean): NoticeText {
  const how = canAct ? 'Start the break, or snooze it.' : 'Click to start the Movement Break.'
  return {
    title: 'Time to stand up and move',
    body: `You have been sitting for ${minutes(sittingMs)}. A ${breakMin}-minute walk and stretch lets your hips open again. ${how}`,
  }
}

export function headsUpNotice(msLeft: number): NoticeText {
  return {
    title: `A movement break in ${minutes(msLeft)}`,
    body: 'Finish the sentence you are on; Loosen will remind you when it is time.',
  }
}

export function dailyNotice(label: string): NoticeText {
  return { title: label, body: 'Your daily practice is ready when you are. Click to open it.' }
}

/** A micro-break: seconds, not minutes; nothing to start or snooze. */
export function microNotice(): NoticeText {
  return {
    title: 'A micro-break',
    body: 'Stand up for half a minute, let one long sigh out and soften your hips. Then carry on.',
  }
}

/** Sit/stand mode at a standing desk: which way to change, and nothing to start or snooze. */
export function postureNotice(change: 'stand' | 'sit'): NoticeText {
  return change === 'stand'
    ? {
        title: 'Stand up now',
        body: 'Raise the desk and work standing for a while: weight on both feet, knees soft.',
      }
    : {
        title: 'Time to sit down',
        body: 'Lower the desk and sit for a while, feet flat and hips a little above the knees.',
      }
}
