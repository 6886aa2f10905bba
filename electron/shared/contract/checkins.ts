import { z } from 'zod'
import type { Instrument } from '../checkins/schedule'
import {
  answerCheckinSchema,
  checkinIdSchema,
  listCheckinsSchema,
  skipCheckinSchema,
  type Checkin,
} from '../checkins/schema'
import { channel } from './channel'

export type { Checkin } from '../checkins/schema'
export type { Instrument } from '../checkins/schedule'

/**
 * The check-in channels. `due` only reads: which check-ins to offer now (nothing is pushed to
 * the user). `skip` records a skip so the same check-in waits for its next interval.
 */
export const checkinsChannels = {
  'checkins:due': channel<Instrument[]>()(z.undefined()),
  'checkins:list': channel<Checkin[]>()(listCheckinsSchema),
  'checkins:answer': channel<Checkin>()(answerCheckinSchema),
  'checkins:skip': channel<Checkin>()(skipCheckinSchema),
  'checkins:delete': channel<null>()(checkinIdSchema),
}
