import type { Statements } from './statements'

/** Which of `ids` are already rows of `table` (a name from the caller's own code, never input). */
export function existingIds(sql: Statements, table: string, ids: readonly string[]): Set<string> {
  const found = new Set<string>()
  const lookup = sql.get(`SELECT 1 AS hit FROM ${table} WHERE id = ?`)
  for (const id of ids) if (lookup.get(id)) found.add(id)
  return found
}
