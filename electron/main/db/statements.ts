import type { StatementSync } from 'node:sqlite'
import type { Database } from './sqlite'

/** Statements whose text is built from data (an IN list of a page) are not worth more than this. */
const MAX_CACHED = 200

/**
 * Prepared statements of one repository, compiled on first use and reused after: preparing
 * costs more than running a small statement, and an import runs the same ones 100,000 times.
 */
export class Statements {
  private readonly cache = new Map<string, StatementSync>()

  constructor(readonly db: Database) {}

  get(sql: string): StatementSync {
    let statement = this.cache.get(sql)
    if (!statement) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear()
      statement = this.db.prepare(sql)
      this.cache.set(sql, statement)
    }
    return statement
  }
}
