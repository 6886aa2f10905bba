import type { Handlers } from '../ipc/dispatch'
import type { BreakRepository } from './break-repository'
import type { ReminderService } from './reminder-service'
import { promptReport } from './prompt-report'
import { rangePromptReport } from './prompt-range-report'
import { todayReport, weekSummary } from './reminder-report'

export interface ReminderHandlerContext {
  service: ReminderService
  repository: BreakRepository
  now: () => number
  timeZone: () => string
}

/** State, today and week are pure reads: they never step the machine or write. */
export function createReminderHandlers({
  service,
  repository,
  now,
  timeZone,
}: ReminderHandlerContext) {
  return {
    'reminders:state': () => service.status(),
    'reminders:snooze': (request) => service.snooze(request?.reason),
    'reminders:skip': () => service.skip(),
    'reminders:takeBreak': () => service.takeBreak(),
    'reminders:startMovementBreak': () => {
      service.startMovementBreak()
      return service.status()
    },
    'reminders:pause': (request) => service.pause(request.for),
    'reminders:resume': () => service.resume(),
    'reminders:today': () => ({
      ...todayReport(repository, now(), timeZone(), service.openSpan()),
      postponeReasons: service.postponeReasons(),
      prompts: promptReport(
        repository,
        now(),
        timeZone(),
        service.promptContext(),
        service.openSpan(),
      ),
    }),
    'reminders:week': () => weekSummary(repository, now(), timeZone(), service.openSpan()),
    'reminders:prompts': (request) =>
      rangePromptReport(repository, request.range, now(), timeZone(), service.openSpan()),
    'reminders:testNotification': () => {
      service.testNotification()
      return null
    },
  } satisfies Partial<Handlers>
}
