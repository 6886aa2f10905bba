import { recordStoresFor, type RecordStores } from '../../../electron/main/transfer/record-stores'
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { exportData } from '../../../electron/main/export/export-service'
import { ImportService } from '../../../electron/main/import/import-service'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { CustomPracticesRepository } from '../../../electron/main/practice/custom-repository'
import { SessionsRepository } from '../../../electron/main/practice/sessions-repository'
import { newRatingSchema } from '../../../electron/shared/contract/log'
import { saveCustomSchema } from '../../../electron/shared/practice/custom-schema'
import { recordSessionSchema } from '../../../electron/shared/practice/session-schema'
import { useTempFolder } from '../../support/temp-folder'
import { DAY, NOW, openLogTestDb } from '../log/log-test-db'

/** What spreadsheets run as a formula, and the apostrophe the guard itself uses. */
const STARTS = ['=', '+', '-', '@', '\t', '\r', "'", "'=", "'-", "''"]
const PAYLOAD = 'HYPERLINK("http://example.invalid","x")'
const TEXT_COLUMNS = ['note', 'tags', 'title'] as const

/** A plain RFC 4180 reader that does not undo the guard: the cells as a spreadsheet gets them. */
function cells(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charAt(i)
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

function seed(db: Database): RecordStores {
  const ratings = new RatingsRepository(db, () => NOW)
  const sessions = new SessionsRepository(db, () => NOW)
  const custom = new CustomPracticesRepository(db, () => NOW)
  STARTS.forEach((start, i) => {
    const text = `${start}${PAYLOAD}`
    // Through the request schemas first, as the dispatcher does: what the app really stores.
    ratings.add(
      newRatingSchema.parse({
        value: 3,
        takenAt: NOW - DAY + i * 60_000,
        note: text,
        tags: [text.slice(0, 39)],
      }),
    )
    const startedAt = NOW - 2 * DAY + i * 600_000
    sessions.record(
      recordSessionSchema.parse({
        id: randomUUID(),
        practiceId: `${start}practice`,
        practiceTitle: text.slice(0, 80),
        plannedMs: 300_000,
        actualMs: 300_000,
        status: 'completed',
        startedAt,
        endedAt: startedAt + 300_000,
      }),
    )
    custom.save(saveCustomSchema.parse({ kind: 'timer', name: text.slice(0, 60), body: timerBody }))
  })
  // A number-like note is text too; only numeric columns keep a bare minus sign.
  ratings.add({ value: 0, takenAt: NOW - 3 * DAY, note: '-5' })
  return recordStoresFor(db, () => NOW)
}

const timerBody = { warmUpS: 0, lengthMin: 10, intervalMin: null, startBell: true, endBell: true }

describe('CSV export keeps spreadsheet formulas inert and reads back exactly', () => {
  const tempFolder = useTempFolder()
  const open: Database[] = []
  afterEach(() => {
    for (const db of open.splice(0)) db.close()
  })
  const fresh = () => {
    const db = openLogTestDb(tempFolder())
    open.push(db)
    return db
  }

  it('no text cell starts with = + - @ tab or CR; numbers stay bare numbers', () => {
    const db = fresh()
    const file = exportData(db, seed(db), 'csv', NOW)
    const [header = [], ...rows] = cells(file.content)
    const textCells = rows.flatMap((row) =>
      header.flatMap((name, i) => (name === 'value' || name.endsWith('_ms') ? [] : [row[i] ?? ''])),
    )
    for (const text of textCells) expect(text, JSON.stringify(text)).not.toMatch(/^[=+\-@\t\r]/)
    for (const column of TEXT_COLUMNS) {
      const i = header.indexOf(column)
      const guarded = rows.map((row) => row[i] ?? '').filter((c) => c.startsWith("'"))
      expect(guarded.length, column).toBeGreaterThan(0)
    }
    const minus = rows.find((row) => row[header.indexOf('note')] === "'-5")
    expect(minus, 'a note "-5" is text and guarded').toBeDefined()
    const values = rows.map((row) => row[header.indexOf('value')] ?? '').filter((v) => v !== '')
    for (const value of values) expect(value).toMatch(/^\d+$/)
  })

  it('an import of that file gives back every text exactly', () => {
    const source = fresh()
    const file = exportData(source, seed(source), 'csv', NOW)
    const target = fresh()
    const result = new ImportService(
      target,
      () => NOW,
      recordStoresFor(target, () => NOW),
    ).commit(file.fileName, file.content, false)
    expect(result.added).toEqual(file.counts)
    const again = exportData(
      target,
      recordStoresFor(target, () => NOW),
      'csv',
      NOW,
    )
    const rowsOf = (csv: string) => cells(csv).filter((row) => row[0] !== 'setting')
    expect(rowsOf(again.content)).toEqual(rowsOf(file.content))
    const notes = new RatingsRepository(target, () => NOW).list(100).ratings.map((r) => r.note)
    expect(notes.sort()).toEqual([...STARTS.map((s) => `${s}${PAYLOAD}`), '-5'].sort())
  })

  it('a numeric column keeps a negative number as a number, so import still reads it as one', () => {
    const target = fresh()
    const text = 'time,value,note\r\n2026-11-20T09:00:00Z,-1,"\'=1+1"\r\n'
    const preview = new ImportService(
      target,
      () => NOW,
      recordStoresFor(target, () => NOW),
    ).preview('mine.csv', text)
    expect(preview).toMatchObject({
      valid: false,
      problems: [{ line: 2, field: 'value', message: 'The lowest rating is 0 (loose).' }],
    })
  })
})
