import type { LoosenEvent } from '../../../shared/contract/events'
import type { CustomPracticesRepository } from '../../practice/custom-repository'
import type { SessionActivity } from '../../practice/session-activity'
import type { SessionsRepository } from '../../practice/sessions-repository'
import type { Handlers } from '../dispatch'

export function createPracticeHandlers(
  sessions: SessionsRepository,
  custom: CustomPracticesRepository,
  emit: (event: LoosenEvent) => void,
  activity?: SessionActivity,
) {
  return {
    'practice:recordSession': (input) => {
      const session = sessions.record(input)
      // A late "running" checkpoint of a session that already completed does not revive it.
      activity?.saw(session.id, input.running === true && session.status !== 'completed')
      emit({ type: 'data-changed', domain: 'practice' })
      return session
    },
    'practice:listSessions': (input) => sessions.list(input?.limit ?? 20),
    'practice:listCustom': () => custom.list(),
    'practice:streak': () => sessions.streak(),
    'practice:saveCustom': (input) => {
      const saved = custom.save(input)
      emit({ type: 'data-changed', domain: 'practice' })
      return saved
    },
    'practice:deleteCustom': ({ id }) => {
      custom.delete(id)
      emit({ type: 'data-changed', domain: 'practice' })
      return null
    },
  } satisfies Partial<Handlers>
}
