import type { HipRegion, Rating } from '../../shared/contract/log'
import type { Statements } from '../db/statements'

/**
 * A new rating's regions and tags. Unlike an edit there is nothing to clear first: the rating row
 * was inserted just now, and its old regions and tags (if it ever had any) went with it when it
 * was deleted (ON DELETE CASCADE, foreign keys on). The caller holds the transaction.
 */
export function insertRegionsAndTags(sql: Statements, rating: Rating): void {
  const region = sql.get('INSERT INTO rating_regions (rating_id, region, value) VALUES (?, ?, ?)')
  for (const [name, value] of Object.entries(rating.regions)) region.run(rating.id, name, value)
  const tag = sql.get('INSERT OR IGNORE INTO rating_tags (rating_id, tag) VALUES (?, ?)')
  for (const name of rating.tags) tag.run(rating.id, name)
}

/** SQLite's BINARY collation: the UTF-8 bytes compared (JS's < compares UTF-16 units). */
function binaryOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

/**
 * The rating as the log reads it back after `insertRegionsAndTags`, without reading it: a tag
 * given twice is stored once (INSERT OR IGNORE) and tags come back in SQLite's order, regions
 * in their key's order (the primary key). Everything else is stored exactly as given (STRICT
 * columns refuse what they would have to convert).
 */
export function asStored(rating: Rating): Rating {
  const regions: Partial<Record<HipRegion, number>> = {}
  const names = Object.keys(rating.regions) as HipRegion[]
  for (const name of names.sort(binaryOrder)) regions[name] = rating.regions[name]
  return { ...rating, regions, tags: [...new Set(rating.tags)].sort(binaryOrder) }
}
