import type { BreakRepository } from '../../reminders/break-repository'
import type { ReminderService } from '../../reminders/reminder-service'
import { todayReport, weekSummary } from '../../reminders/reminder-report'
import type { Handlers } from '../dispatch'

export interface ReminderHandlerContext {
  service: () => ReminderService
  repository: BreakRepository
  now: () => number
  timeZone: () => string
}

export function createReminderHandlers(ctx: ReminderHandlerContext) {
  return {
    'reminders:state': () => ctx.service().status(),
    'reminders:snooze': () => ctx.service().snooze(),
    'reminders:skip': () => ctx.service().skip(),
    'reminders:takeBreak': () => ctx.service().takeBreak(),
    'reminders:pause': (request) => ctx.service().pause(request.for),
    'reminders:resume': () => ctx.service().resume(),
    'reminders:today': () => {
      const service = ctx.service()
      service.status()
      return todayReport(ctx.repository, ctx.now(), ctx.timeZone(), service.openSpan())
    },
    'reminders:week': () => {
      const service = ctx.service()
      service.status()
      return weekSummary(ctx.repository, ctx.now(), ctx.timeZone(), service.openSpan())
    },
    'reminders:testNotification': () => {
      ctx.service().testNotification()
      return null
    },
  } satisfies Partial<Handlers>
}
