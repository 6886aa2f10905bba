import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import {
  customBreathingBodySchema,
  customTimerBodySchema,
  type CustomPractice,
  type saveCustomSchema,
} from '../../shared/practice/custom-schema'
import { inTransaction, type Database } from '../db/sqlite'
import { ApiFailure } from '../ipc/api-failure'

/** A user may keep plenty of patterns, but not so many that the list becomes useless. */
export const MAX_CUSTOM_PRACTICES = 100

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

export class CustomPracticesRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  list(): CustomPractice[] {
    const rows = this.db
      .prepare('SELECT * FROM custom_practices ORDER BY kind, name COLLATE NOCASE, created_at')
      .all() as unknown as CustomRow[]
    return rows.map(fromRow).filter((practice) => practice !== null)
  }

  get(id: string): CustomPractice | null {
    const row = this.db.prepare('SELECT * FROM custom_practices WHERE id = ?').get(id) as
      CustomRow | undefined
    return row ? fromRow(row) : null
  }

  /** Creates a practice (no id) or replaces the one with the given id. */
  save(input: z.output<typeof saveCustomSchema>): CustomPractice {
    const now = this.now()
    const id = input.id ?? `custom-${randomUUID()}`
    inTransaction(this.db, () => {
      const existing = this.db.prepare('SELECT kind FROM custom_practices WHERE id = ?').get(id) as
        { kind: string } | undefined
      if (input.id !== undefined && !existing) {
        throw new ApiFailure(
          'not_found',
          'That practice no longer exists; it may have been deleted.',
          'id',
        )
      }
      if (existing && existing.kind !== input.kind) {
        throw new ApiFailure(
          'conflict',
          'A breathing pattern cannot become a timer preset.',
          'kind',
        )
      }
      if (!existing) {
        const count = this.db.prepare('SELECT COUNT(*) AS n FROM custom_practices').get() as {
          n: number
        }
        if (count.n >= MAX_CUSTOM_PRACTICES) {
          throw new ApiFailure(
            'conflict',
            `You can keep up to ${MAX_CUSTOM_PRACTICES} of your own practices; delete one first.`,
          )
        }
      }
      this.db
        .prepare(
          `INSERT INTO custom_practices (id, kind, name, body, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET
             name = excluded.name, body = excluded.body, updated_at = excluded.updated_at`,
        )
        .run(id, input.kind, input.name, JSON.stringify(input.body), now, now)
    })
    const saved = this.get(id)
    if (!saved) throw new Error('A practice vanished right after it was saved.')
    return saved
  }

  delete(id: string): void {
    const result = this.db.prepare('DELETE FROM custom_practices WHERE id = ?').run(id)
    if (result.changes === 0) {
      throw new ApiFailure('not_found', 'That practice was already deleted.', 'id')
    }
  }
}
