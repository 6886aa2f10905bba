import { RECORD_KINDS } from '../../shared/log/transfer-types'
import type { RecordStores } from '../transfer/record-stores'
import { digestOf, type ImportContent } from './import-content'
import { recordKey } from './record-rules'
import { existingIn, type ValidatedImport } from './validate-import'

/** What the check of a file concluded, and what of the user's data it depended on. */
interface Kept {
  digest: string
  now: number
  checked: ValidatedImport
  context: string
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
 * content (SHA-256 of the text, or of the bytes of a file read from disk), at the same time or
 * later (a record's "not in the future" only gets easier), and when what the check read of the
 * user's data is unchanged (contextOf); otherwise the commit checks the file again. Kept for
 * one commit at most.
 */
export class PlanCache {
  private kept: Kept | null = null

  /** `digest`: of the file's name and content as the check read it (import-content.ts). */
  keep(digest: string, now: number, checked: ValidatedImport, stores: RecordStores) {
    this.kept = {
      digest,
      now,
      checked,
      context: contextSeenBy(checked, stores),
    }
  }

  /** A file on disk is hashed from disk again: one changed since its preview is checked again. */
  take(
    fileName: string,
    content: ImportContent,
    now: number,
    stores: RecordStores,
  ): ValidatedImport | null {
    const kept = this.kept
    this.kept = null
    if (!kept || now < kept.now || kept.digest !== digestOf(fileName, content)) return null
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
