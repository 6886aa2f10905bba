import { phrase } from '../../shared/text/phrase'
import type { TransferProgress } from '../../shared/contract/transfer'
import { ApiFailure } from '../core/api-failure'

export type { TransferProgress }

/**
 * What an import tells the outside while it runs, and how it is told to stop. `checkpoint` is
 * called between records and between the repositories' writes; it throws when the person
 * cancelled, which rolls the import's transaction back.
 */
export interface ImportHooks {
  progress(progress: TransferProgress): void
  cancelled(): boolean
}

export const NO_HOOKS: ImportHooks = { progress: () => undefined, cancelled: () => false }

const CANCELLED = phrase('main.refusal.import.cancelled')
/** What a cancelled import answers, in English (the dispatcher says it in the person's words). */
export const CANCELLED_MESSAGE = 'The import was cancelled. Nothing was imported.'

export function stopIfCancelled(hooks: ImportHooks): void {
  if (hooks.cancelled()) throw new ApiFailure('conflict', CANCELLED)
}
