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

function digestOf(fileName: string, text: string): string {
  return createHash('sha256').update(fileName).update('\0').update(text).digest('hex')
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
  const sessions = checked.data.stopReasons.map((s) => s.sessionId)
  parts.push([...existingIn(stores, 'practiceSessions', sessions)].sort())
  return JSON.stringify(parts)
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
      context: contextOf(checked, stores),
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
