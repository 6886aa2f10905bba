import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Dataset } from '../../../electron/main/export/dataset'
import { datasetToSpreadsheets } from '../../../electron/main/export/to-spreadsheet'
import { zipStore } from '../../../electron/main/export/zip-store'

// 2026-11-23 10:15 UTC, taken where the clock read 11:15 (+01:00).
const AT = Date.UTC(2026, 10, 23, 10, 15)

const DATA: Dataset = {
  ratings: [
    {
      id: 'r1',
      value: 6,
      takenAt: AT,
      utcOffsetMin: 60,
      regions: { 'left-groin': 4, sacrum: 6 },
      note: '=HYPERLINK("http://example.invalid")',
      tags: ['desk', 'après ski'],
      sessionId: 's1',
      phase: 'before',
    },
  ],
  practiceSessions: [
    {
      id: 's1',
      practiceId: 'p1',
      practiceTitle: 'Hip flexor release',
      plannedMs: 600_000,
      actualMs: 300_000,
      status: 'stopped',
      startedAt: AT,
      endedAt: AT + 300_000,
    },
  ],
  customPractices: [],
  breaks: [
    { id: 'b1', kind: 'taken', occurredAt: AT, durationMs: 120_000, sittingBeforeMs: 3_600_000 },
  ],
  sittingSpans: [],
  checkins: [
    {
      id: 'c1',
      instrument: 'peg',
      status: 'answered',
      takenAt: AT,
      utcOffsetMin: 60,
      answers: [4, 5, 6],
    },
  ] as Dataset['checkins'],
  stopReasons: [
    {
      sessionId: 's1',
      reason: 'pain',
      regions: ['left-groin'],
      note: '+1 sharp',
      stepIndex: 1,
      stepText: 'Lunge forward',
      movement: true,
      recordedAt: AT + 300_000,
    },
  ],
  settings: {},
}

function file(name: string): string {
  const found = datasetToSpreadsheets(DATA).find((f) => f.name === name)
  if (!found) throw new Error(`no ${name}`)
  return found.text
}

describe('the spreadsheet export, one CSV per kind of record', () => {
  it('writes plain headers, local date and time, named regions and the formula guard', () => {
    const ratings = file('self-ratings.csv')
    expect(ratings.startsWith('\uFEFFDate,Time,Rating (0-10),Regions,Tags,Note,')).toBe(true)
    expect(ratings).toContain(
      '2026-11-23,11:15,6,Left groin 4; Sacrum / SI joint 6,desk; après ski,',
    )
    // A note a spreadsheet would run as a formula is shown as text.
    expect(ratings).toContain(`"'=HYPERLINK(""http://example.invalid"")"`)
    expect(ratings).toContain('Before Hip flexor release')
    expect(ratings).not.toMatch(/1795\d{9}/) // no epoch milliseconds
  })

  it('gives sessions, check-ins, breaks and stops their own readable rows', () => {
    expect(file('practice-sessions.csv')).toContain('Hip flexor release,5,"No, stopped",6,')
    expect(file('check-ins.csv')).toContain('PEG (pain, enjoyment, general activity)",4; 5; 6,5')
    expect(file('breaks.csv')).toContain('Break taken,2,60')
    expect(file('stops-for-pain.csv')).toContain(
      'Hip flexor release,2. Lunge forward,Pain,Left groin,',
    )
    expect(file('stops-for-pain.csv')).toContain(`"'+1 sharp"`)
    expect(file('README.txt')).toMatch(/self-reports/)
    expect(file('README.txt')).toMatch(/JSON[\s\S]*full backup|full backup[\s\S]*JSON/)
  })
})

describe('zipStore', () => {
  let folder: string | null = null
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true })
    folder = null
  })

  it('writes a zip that an independent reader lists and extracts byte for byte', () => {
    folder = mkdtempSync(join(tmpdir(), 'loosen-zip-'))
    const files = datasetToSpreadsheets(DATA)
    const zip = zipStore(
      files.map((f) => ({ name: f.name, data: new TextEncoder().encode(f.text) })),
      new Date(2026, 10, 23, 11, 15),
    )
    const path = join(folder, 'export.zip')
    writeFileSync(path, zip)
    const reader = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps({i.filename: [i.compress_type, z.read(i).decode('utf-8')] for i in z.infolist()}))
`
    const listed = JSON.parse(
      execFileSync('python3', ['-c', reader, path], { encoding: 'utf8' }),
    ) as Record<string, [number, string]>
    expect(Object.keys(listed)).toEqual([
      'README.txt',
      'self-ratings.csv',
      'practice-sessions.csv',
      'check-ins.csv',
      'breaks.csv',
      'stops-for-pain.csv',
    ])
    for (const f of files) expect(listed[f.name]).toEqual([0, f.text])
  })
})
