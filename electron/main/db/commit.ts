import type { Change, ChangePublisher } from '../core/change-bus'
import { afterCommit, inTransaction, type Database } from './sqlite'

function keyOf(change: Change): string {
  return change.kind === 'data' ? `data:${change.domain}` : `settings:${change.keys.join(',')}`
}

/**
 * The one way a store writes: `work` runs in a transaction (or joins the caller's), and `change`
 * is published once that transaction commits. A rollback publishes nothing; several writes of
 * one kind in one transaction publish it once. `change` may be null when nothing was written.
 */
export function commitChange<T>(
  db: Database,
  changes: ChangePublisher,
  work: () => { result: T; change: Change | null },
): T {
  return inTransaction(db, () => {
    const { result, change } = work()
    if (change) afterCommit(db, keyOf(change), () => changes.publish(change))
    return result
  })
}
