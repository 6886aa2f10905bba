import { createHash } from 'node:crypto'
import { DatabaseSync } from 'node:sqlite'

/**
 * A read-only second connection to Loosen's database file, which hashes each table's content:
 * the rows as a sorted multiset, so neither row order nor rowids matter, only what is stored.
 * It sees every committed change (WAL), whatever code in main made it.
 */
export class TableHashes {
  private readonly db: DatabaseSync

  constructor(file: string) {
    this.db = new DatabaseSync(file, { readOnly: true })
  }

  snapshot(): Map<string, string> {
    const names = this.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[]
    const hashes = new Map<string, string>()
    this.db.exec('BEGIN')
    try {
      for (const { name } of names) {
        const rows = this.db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((row) => JSON.stringify(Object.entries(row)))
          .sort()
        hashes.set(name, createHash('sha256').update(rows.join('\n')).digest('hex'))
      }
    } finally {
      this.db.exec('COMMIT')
    }
    return hashes
  }

  /** Plain rows of a query on the same read-only connection (the rollup oracle reads here). */
  all(sql: string): Record<string, unknown>[] {
    return this.db
      .prepare(sql)
      .all()
      .map((row) => ({ ...row }))
  }

  close(): void {
    this.db.close()
  }
}

/** Tables whose content differs, including tables that appeared or went away. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort()
}
