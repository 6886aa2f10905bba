import { phrase } from '../../shared/text/phrase'
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import {
  customBreathingBodySchema,
  customTimerBodySchema,
  type CustomPractice,
  type saveCustomSchema,
} from '../../shared/practice/custom-schema'
import { ApiFailure } from '../core/api-failure'
import { UNHEARD, type Change, type ChangePublisher } from '../core/change-bus'
import { commitChange } from '../db/commit'
import { existingIds } from '../db/existing-ids'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

/** A user may keep plenty of patterns, but not so many that the list becomes useless. */
export const MAX_CUSTOM_PRACTICES = 100
const PRACTICE_CHANGED: Change = { kind: 'data', domain: 'practice' }

/**
 * A stored practice as it travels in an export: the body is kept as the editor wrote it, even
 * one this version can no longer read, so nothing the user made is lost on the way.
 */
export interface CustomPracticeRecord {
  id: string
  kind: 'breathing' | 'timer'
  name: string
  body: unknown
  createdAt: number
  updatedAt: number
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    // A body stored as plain text travels as that text.
    return text
  }
}

interface CustomRow {
  id: string
  kind: 'breathing' | 'timer'
  name: string
  body: string
  created_at: number
  updated_at: number
}

/** Reads a stored row back through its schema; a row that no longer fits is left out. */
function fromRow(row: CustomRow): CustomPractice | null {
  let raw: unknown
  try {
    raw = JSON.parse(row.body)
  } catch {
    return null
  }
  const base = { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at }
  if (row.kind === 'breathing') {
    const body = customBreathingBodySchema.safeParse(raw)
    return body.success ? { ...base, kind: 'breathing', body: body.data } : null
  }
  const body = customTimerBodySchema.safeParse(raw)
  return body.success ? { ...base, kind: 'timer', body: body.data } : null
}

/** The user's own practices: the only code that writes them; commits are announced as 'practice'. */
export class CustomPracticesRepository {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly now: () => number,
    private readonly changes: ChangePublisher = UNHEARD,
  ) {
    this.sql = new Statements(db)
  }

  list(): CustomPractice[] {
    const rows = this.sql
      .get('SELECT * FROM custom_practices ORDER BY kind, name COLLATE NOCASE, created_at')
      .all() as unknown as CustomRow[]
    return rows.map(fromRow).filter((practice) => practice !== null)
  }

  get(id: string): CustomPractice | null {
    const row = this.sql.get('SELECT * FROM custom_practices WHERE id = ?').get(id) as
      CustomRow | undefined
    return row ? fromRow(row) : null
  }

  /** Creates a practice (no id) or replaces the one with the given id. */
  save(input: z.output<typeof saveCustomSchema>): CustomPractice {
    const now = this.now()
    const id = input.id ?? `custom-${randomUUID()}`
    commitChange(this.sql.db, this.changes, () => {
      const existing = this.sql.get('SELECT kind FROM custom_practices WHERE id = ?').get(id) as
        { kind: string } | undefined
      if (input.id !== undefined && !existing) {
        throw new ApiFailure(
          'not_found',
          phrase('main.refusal.practice.practiceNoLongerExists'),
          'id',
        )
      }
      if (existing && existing.kind !== input.kind) {
        throw new ApiFailure(
          'conflict',
          phrase('main.refusal.practice.breathingPatternBecomeTimer'),
          'kind',
        )
      }
      if (!existing) {
        const count = this.sql.get('SELECT COUNT(*) AS n FROM custom_practices').get() as {
          n: number
        }
        if (count.n >= MAX_CUSTOM_PRACTICES) {
          throw new ApiFailure(
            'conflict',
            phrase('main.refusal.practice.tooManyCustom', { max: String(MAX_CUSTOM_PRACTICES) }),
          )
        }
      }
      this.sql
        .get(
          `INSERT INTO custom_practices (id, kind, name, body, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET
             name = excluded.name, body = excluded.body, updated_at = excluded.updated_at`,
        )
        .run(id, input.kind, input.name, JSON.stringify(input.body), now, now)
      return { result: null, change: PRACTICE_CHANGED }
    })
    const saved = this.get(id)
    if (!saved) throw new Error('A practice vanished right after it was saved.')
    return saved
  }

  delete(id: string): void {
    commitChange(this.sql.db, this.changes, () => {
      const result = this.sql.get('DELETE FROM custom_practices WHERE id = ?').run(id)
      if (result.changes === 0) {
        throw new ApiFailure(
          'not_found',
          phrase('main.refusal.practice.practiceAlreadyDeleted'),
          'id',
        )
      }
      return { result: null, change: PRACTICE_CHANGED }
    })
  }

  count(): number {
    return (this.sql.get('SELECT COUNT(*) AS n FROM custom_practices').get() as { n: number }).n
  }

  /** Every practice with its body as stored, oldest first (the export). */
  all(): CustomPracticeRecord[] {
    const rows = this.sql
      .get('SELECT * FROM custom_practices ORDER BY created_at, id')
      .all() as unknown as CustomRow[]
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      body: parseBody(row.body),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }))
  }

  existing(ids: readonly string[]): Set<string> {
    return existingIds(this.sql, 'custom_practices', ids)
  }

  /** Adds the practices whose id is not stored yet, as given (an import); joins its transaction. */
  insertMissing(records: readonly CustomPracticeRecord[]): number {
    return commitChange(this.sql.db, this.changes, () => {
      const insert = this.sql.get(
        `INSERT INTO custom_practices (id, kind, name, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      let added = 0
      for (const c of records) {
        const body = JSON.stringify(c.body)
        added += Number(insert.run(c.id, c.kind, c.name, body, c.createdAt, c.updatedAt).changes)
      }
      return { result: added, change: added > 0 ? PRACTICE_CHANGED : null }
    })
  }
}
