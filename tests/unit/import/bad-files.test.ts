import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { ImportService } from '../../../electron/main/import/import-service'
import { describeProblem } from '../../../electron/shared/log/transfer-types'
import { useTempFolder } from '../../support/temp-folder'
import { NOW, openLogTestDb } from '../log/log-test-db'

const CORPUS = resolve(__dirname, '../../fixtures/import')
const expected = JSON.parse(readFileSync(join(CORPUS, 'expected-errors.json'), 'utf8')) as Record<
  string,
  string
>

function countAll(db: Database): number {
  return [
    'ratings',
    'practice_sessions',
    'custom_practices',
    'break_events',
    'sitting_spans',
    'settings',
  ]
    .map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n)
    .reduce((a, b) => a + b, 0)
}

describe('importing a corpus of bad files', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => db?.close())

  it.each(Object.entries(expected))('%s is refused with a specific error', (file, message) => {
    db = openLogTestDb(tempFolder())
    const service = new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    )
    const text = readFileSync(join(CORPUS, file), 'utf8')
    const preview = service.preview(file, text)
    expect(preview.valid).toBe(false)
    if (preview.valid) return
    const described = preview.problems.map((problem) => describeProblem(problem))
    expect(
      described.some((line) => line.includes(message)),
      described.join('\n'),
    ).toBe(true)
    expect(() => service.commit(file, text, true)).toThrow(/^Nothing was imported\./)
    expect(countAll(db)).toBe(0)
  })

  it('lists several problems of one file at once, each with its line', () => {
    db = openLogTestDb(tempFolder())
    const service = new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    )
    const text =
      'time,value,note\n2026-11-20T09:00:00Z,12,\n2026-11-20T10:00:00Z,3,\n2030-01-01T00:00:00Z,3,\n'
    const preview = service.preview('mine.csv', text)
    expect(preview.valid).toBe(false)
    if (preview.valid) return
    expect(preview.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'value'],
      [4, 'time'],
    ])
  })

  it('numbers lines as a text editor does when a note runs over several lines', () => {
    db = openLogTestDb(tempFolder())
    const service = new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    )
    const text =
      '\uFEFFtime,value,note\r\n2026-11-20T09:00:00Z,3,"first\r\nsecond\r\nthird"\r\n2026-11-20T10:00:00Z,11,\r\n'
    const preview = service.preview('notes.csv', text)
    expect(preview.valid).toBe(false)
    if (preview.valid) return
    expect(preview.problems.map((problem) => describeProblem(problem))).toEqual([
      'Line 5, value: The highest rating is 10 (as tight as can be).',
    ])
  })

  it('writes nothing when a later record fails at commit', () => {
    db = openLogTestDb(tempFolder())
    const service = new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    )
    const text = 'time,value\n2026-11-20T09:00:00Z,3\n2026-11-20T10:00:00Z,30\n'
    expect(() => service.commit('mine.csv', text, false)).toThrow(/Line 3, value/)
    expect(countAll(db)).toBe(0)
  })
})
