import type { Handlers } from '../ipc/dispatch'
import type { CustomPracticesRepository } from './custom-repository'
import type { SessionActivity } from './session-activity'
import type { SessionsRepository } from './sessions-repository'
import type { StopReasonsRepository } from './stop-reasons-repository'

export interface PracticeHandlerContext {
  sessions: SessionsRepository
  custom: CustomPracticesRepository
  stops: StopReasonsRepository
  activity: SessionActivity
}

export function createPracticeHandlers({
  sessions,
  custom,
  stops,
  activity,
}: PracticeHandlerContext) {
  return {
    'practice:recordSession': (input) => {
      const session = sessions.record(input)
      // A late "running" checkpoint of a session that already completed does not revive it.
      activity.saw(session.id, input.running === true && session.status !== 'completed')
      return session
    },
    'practice:listSessions': (input) => sessions.list(input?.limit ?? 20),
    'practice:listCustom': () => custom.list(),
    'practice:streak': () => sessions.streak(),
    'practice:recordStopReason': (input) => stops.record(input),
    'practice:saveCustom': (input) => custom.save(input),
    'practice:deleteCustom': ({ id }) => {
      custom.delete(id)
      return null
    },
  } satisfies Partial<Handlers>
}
