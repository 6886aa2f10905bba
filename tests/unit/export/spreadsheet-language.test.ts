import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../electron/main/export/dataset'
import { datasetToCsv } from '../../../electron/main/export/to-csv'
import { datasetToSpreadsheets } from '../../../electron/main/export/to-spreadsheet'
import { resolveLocale } from '../../../electron/shared/i18n/locales'
import type { Messages } from '../../../electron/shared/i18n/message-key'
import { cataloguesOnDisk, diskCatalogueSet } from '../../support/catalogues-on-disk'

// The spreadsheet zip is for people to read: its headers and words follow the person's
// language, read here from the catalogues on disk (English where one still lacks a message).
// The JSON and CSV backups keep their English ids and headers, so a backup made on a German
// machine imports on an English one.

const AT = Date.UTC(2026, 10, 23, 10, 15)
const files = cataloguesOnDisk()
const english = files['en.json'] as Messages
const set = diskCatalogueSet()

const DATA: Dataset = {
  ratings: [
    {
      id: 'r1',
      value: 6,
      takenAt: AT,
      utcOffsetMin: 60,
      regions: { 'left-groin': 4 },
      note: '',
      tags: [],
      sessionId: null,
      phase: null,
    },
  ],
  practiceSessions: [
    {
      id: 's1',
      practiceId: 'box-breathing',
      practiceTitle: 'Box Breathing',
      plannedMs: 600_000,
      actualMs: 330_000,
      status: 'completed',
      startedAt: AT,
      endedAt: AT + 330_000,
    },
  ],
  customPractices: [],
  breaks: [
    { id: 'b1', kind: 'natural', occurredAt: AT, durationMs: 90_000, sittingBeforeMs: 3_600_000 },
  ],
  sittingSpans: [],
  checkins: [],
  stopReasons: [],
  settings: {},
}

const sheet = (tag: string, name: string) => {
  const translator = set.translatorFor(resolveLocale(tag, [tag], set.shipped))
  const file = datasetToSpreadsheets(DATA, translator).find((f) => f.name === name)
  return (file?.text ?? '').replace(/^\uFEFF/, '').split('\r\n')
}

describe.each(set.shipped)('the spreadsheet export in %s', (tag) => {
  const own = files[`${tag}.json`] ?? {}
  const said = (id: string) => own[id] ?? english[id]

  it('names its columns, region and break outcome in that language', () => {
    const ratings = sheet(tag, 'self-ratings.csv')
    expect(ratings[0]?.split(',').slice(0, 2)).toEqual([
      said('export.sheet.column.date'),
      said('export.sheet.column.time'),
    ])
    expect(ratings[1]).toContain(`${said('log.region.leftGroin') ?? ''} 4`)
    const breaks = sheet(tag, 'breaks.csv')
    expect(breaks[1]).toContain(said('export.sheet.breakOutcome.natural'))
  })

  it('writes minutes with the locale’s decimal mark and dates as ISO days', () => {
    const sessions = sheet(tag, 'practice-sessions.csv')
    const decimal = new Intl.NumberFormat(tag).format(5.5).replace(/\d/g, '')
    const row = sessions[1] ?? ''
    expect(row.startsWith('2026-11-23,')).toBe(true)
    // A decimal comma is quoted by the CSV writer, so it stays one cell.
    expect(row).toContain(decimal === ',' ? '"5,5"' : '5.5')
  })
})

describe('the backups', () => {
  it('keep their English headers whatever the language, so they import anywhere', () => {
    // The backup writers take no translator at all: the same file on every machine.
    const header = datasetToCsv(DATA)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]
    expect(header).toMatch(/^record_type,id,/)
  })
})
