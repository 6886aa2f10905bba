import { createHash } from 'node:crypto'

/** Fixed for ever: ids made from it must come out the same on every computer and in every version. */
const NAMESPACE = 'loosen:sitting-span:v1'

/**
 * The global id of a sitting period that only had a local number (stored before schema 6, or in
 * a file exported then). It is made from the period itself, a name-based UUID (version 5 layout)
 * of its start, end and how many identical periods came before it, so the migrated copy on one
 * computer and an old export of it imported on another name the same period the same way.
 */
export function legacySpanId(startedAt: number, endedAt: number, repeat: number): string {
  const hash = createHash('sha1').update(`${NAMESPACE}:${startedAt}:${endedAt}:${repeat}`)
  const bytes = hash.digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Names periods in the order given (the order of their old numbers): the first of identical
 * periods gets repeat 0, a second identical one 1, and so on. Migration 006 names stored rows
 * with it, and the import names the periods of an old file with it, so both agree.
 */
export function legacySpanNamer(): (span: { startedAt: number; endedAt: number }) => string {
  const seen = new Map<string, number>()
  return (span) => {
    const key = `${span.startedAt}:${span.endedAt}`
    const repeat = seen.get(key) ?? 0
    seen.set(key, repeat + 1)
    return legacySpanId(span.startedAt, span.endedAt, repeat)
  }
}
