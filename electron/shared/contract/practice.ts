import { channel } from './channel'
import { customIdSchema, saveCustomSchema, type CustomPractice } from '../practice/custom-schema'
import {
  listSessionsSchema,
  recordSessionSchema,
  type PracticeSession,
} from '../practice/session-schema'
import type { Streak } from '../practice/streak'
import { recordStopReasonSchema, type StopReason } from '../practice/stop-reason'
import { z } from 'zod'

export type { CustomPractice } from '../practice/custom-schema'
export type { PracticeSession } from '../practice/session-schema'
export type { StopReason } from '../practice/stop-reason'

/**
 * The practice channels. `recordSession` is an upsert keyed by the id the renderer made at
 * the start: the player saves a checkpoint as it goes and the final state when it ends.
 */
export const practiceChannels = {
  'practice:recordSession': channel<PracticeSession>()(recordSessionSchema),
  'practice:listSessions': channel<PracticeSession[]>()(listSessionsSchema),
  'practice:listCustom': channel<CustomPractice[]>()(z.undefined()),
  'practice:saveCustom': channel<CustomPractice>()(saveCustomSchema),
  'practice:deleteCustom': channel<null>()(customIdSchema),
  'practice:streak': channel<Streak>()(z.undefined()),
  /** Why a saved session was stopped, when the person says it was pain or discomfort. */
  'practice:recordStopReason': channel<StopReason>()(recordStopReasonSchema),
}
