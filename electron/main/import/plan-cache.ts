import { createHash } from 'node:crypto'
import { RECORD_KINDS } from '../../shared/log/transfer-types'
import type { RecordStores } from '../transfer/record-stores'
import { recordKey } from './record-rules'
import { existingIn, type ValidatedImport } from './validate-import'

/** What the check of a file concluded, and what of the user's data it depended on. */
interface Kept {
  digest: string
  now: number
  checked: ValidatedImport
  context: string
}

/** Bytes hashed at a time: a big file's text is not encoded into one buffer of its size. */
const DIGEST_CHUNK = 1 << 20

function digestOf(fileName: string, text: string): string {
  const hash = createHash('sha256').update(fileName).update('\0')
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + DIGEST_CHUNK)
    // Never between the two halves of a surrogate pair (each half alone would encode as U+FFFD).
    const last = text.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++
    hash.update(text.slice(at, end))
    at = end
  }
  return hash.digest('hex')
}

/**
 * What a check read of the user's own data: how many own practices there are (the limit),
 * which of the file's records Loosen holds already, and which sessions of the file's stop
 * reasons it holds. Equal at preview and commit, the check's answer is still the answer.
 */
function contextOf(checked: ValidatedImport, stores: RecordStores): string {
  const parts: unknown[] = [stores.custom.count()]
  for (const kind of RECORD_KINDS) {
    const adding = (checked.data[kind] as unknown[]).map((r) => String(recordKey(kind, r)))
    parts.push(
      existingIn(stores, kind, adding).size,
      existingIn(stores, kind, [...checked.skip[kind]]).size,
    )
  }
  return JSON.stringify([...parts, sessionsOf(checked, stores)])
}

/**
 * The same as the check itself saw it, without asking again (a big file's ids are looked up
 * once, not three times): none of the records to add was there, every skipped one was.
 */
function contextSeenBy(checked: ValidatedImport, stores: RecordStores): string {
  const parts: unknown[] = [stores.custom.count()]
  for (const kind of RECORD_KINDS) parts.push(0, checked.skip[kind].size)
  return JSON.stringify([...parts, sessionsOf(checked, stores)])
}

/** Which of the stop reasons' sessions Loosen holds (a stop reason's replay asked that). */
function sessionsOf(checked: ValidatedImport, stores: RecordStores): string[] {
  const sessions = checked.data.stopReasons.map((s) => s.sessionId)
  return [...existingIn(stores, 'practiceSessions', sessions)].sort()
}

/**
 * The preview's checked file, kept for the commit that usually follows, so a big file is read
 * and checked once, not twice. The commit takes it only for the same file name and the same
 * text (SHA-256), at the same time or later (a record's "not in the future" only gets easier),
 * and when what the check read of the user's data is unchanged (contextOf); otherwise the
 * commit checks the file again. Kept for one commit at most.
 */
export class PlanCache {
  private kept: Kept | null = null

  keep(
    fileName: string,
    text: string,
    now: number,
    checked: ValidatedImport,
    stores: RecordStores,
  ) {
    this.kept = {
      digest: digestOf(fileName, text),
      now,
      checked,
      context: contextSeenBy(checked, stores),
    }
  }

  take(fileName: string, text: string, now: number, stores: RecordStores): ValidatedImport | null {
    const kept = this.kept
    this.kept = null
    if (!kept || now < kept.now || kept.digest !== digestOf(fileName, text)) return null
    return contextOf(kept.checked, stores) === kept.context ? kept.checked : null
  }

  /** True while a checked file waits for its commit (the worker is then kept). */
  holds(): boolean {
    return this.kept !== null
  }

  clear(): void {
    this.kept = null
  }
}
