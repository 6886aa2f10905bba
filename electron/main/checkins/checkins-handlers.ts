import { dueInstruments } from '../../shared/checkins/schedule'
import type { Handlers } from '../ipc/dispatch'
import type { CheckinsRepository } from './checkins-repository'

export interface CheckinsHandlerContext {
  checkins: CheckinsRepository
  now: () => number
}

export function createCheckinsHandlers({ checkins, now }: CheckinsHandlerContext) {
  return {
    'checkins:due': () => dueInstruments(checkins.list(), now()),
    'checkins:list': (input) => checkins.list(input?.from, input?.to),
    'checkins:answer': (input) => checkins.answer(input),
    'checkins:skip': ({ instrument }) => checkins.skip(instrument),
    'checkins:delete': ({ id }) => {
      checkins.delete(id)
      return null
    },
  } satisfies Partial<Handlers>
}
