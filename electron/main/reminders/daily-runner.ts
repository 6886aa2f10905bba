import type { DailyReminderSetting } from '../../shared/settings/reminders'
import type { ReminderStateStore } from './reminder-state-store'
import { dailyDecisions, dailySignature, latestOccurrence, nextDailyWake } from './daily-reminders'

type Next = { at: number; reminder: DailyReminderSetting } | null

/**
 * Fires daily practice reminders once per local date. The answer "next one at T" is kept until
 * T, so the minute-by-minute steps of the break machine cost no calendar arithmetic.
 */
export class DailyRunner {
  private next_: Next | undefined = undefined
  private signatures: Set<string> | null = null

  constructor(
    private readonly repository: ReminderStateStore,
    private readonly timeZone: () => string,
    private readonly fire: (reminder: DailyReminderSetting) => void,
  ) {}

  /** Delivers what is due, returns when to look again. */
  check(reminders: readonly DailyReminderSetting[], now: number): number | null {
    this.signatures ??= new Set(reminders.map(dailySignature))
    if (this.next_ !== undefined && (this.next_ === null || now < this.next_.at)) {
      return this.next_?.at ?? null
    }
    const zone = this.timeZone()
    const handled = (id: string, date: string) => this.repository.dailyHandled(id, date)
    for (const decision of dailyDecisions(reminders, now, zone, handled)) {
      this.repository.markDaily(
        decision.reminder.id,
        decision.occurrence.localDate,
        decision.occurrence.at,
        decision.deliver,
      )
      if (decision.deliver) this.fire(decision.reminder)
    }
    this.next_ = nextDailyWake(reminders, now, zone)
    return this.next_?.at ?? null
  }

  next(reminders: readonly DailyReminderSetting[], now: number): Next {
    if (this.next_ === undefined) this.check(reminders, now)
    return this.next_ ?? null
  }

  /** A reminder just added or moved does not fire for a time already past today. */
  settingsChanged(reminders: readonly DailyReminderSetting[], now: number): void {
    const zone = this.timeZone()
    const known = this.signatures ?? new Set<string>()
    for (const reminder of reminders) {
      if (known.has(dailySignature(reminder))) continue
      const past = latestOccurrence(reminder, now, zone)
      if (past) this.repository.markDaily(reminder.id, past.localDate, past.at, false)
    }
    this.signatures = new Set(reminders.map(dailySignature))
    this.next_ = undefined
  }
}
