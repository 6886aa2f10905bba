import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { ImportService } from '../../../electron/main/import/import-service'
import { parseIsoWithOffset } from '../../../electron/shared/log/iso-time'
import { describeProblem, type ImportPreview } from '../../../electron/shared/log/transfer-types'
import { useTempFolder } from '../../support/temp-folder'
import { NOW, openLogTestDb } from '../log/log-test-db'

const json = (body: object) => JSON.stringify({ formatVersion: 1, ...body })
const rating = (extra: object = {}) => ({
  id: 'r1',
  takenAt: '2026-11-20T09:00:00+01:00',
  value: 4,
  ...extra,
})

function problems(preview: ImportPreview): string[] {
  return preview.valid ? [] : preview.problems.map((problem) => describeProblem(problem))
}

describe('an import keeps text and times exactly, or says why not', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => {
    db?.close()
    db = undefined
  })
  const preview = (name: string, text: string) => {
    db ??= openLogTestDb(tempFolder())
    return new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    ).preview(name, text)
  }

  it('keeps years 0000–0099 as written instead of moving them to 19xx', () => {
    expect(parseIsoWithOffset('0050-06-01T00:00:00Z')?.epochMs).toBe(
      Date.parse('0050-06-01T00:00:00Z'),
    )
    expect(new Date(parseIsoWithOffset('0001-01-01T00:00:00Z')!.epochMs).getUTCFullYear()).toBe(1)
    // Such a rating is then before 1970, which the app itself refuses: so is the import.
    const answer = problems(
      preview('old.json', json({ ratings: [rating({ takenAt: '0070-01-01T00:00:00Z' })] })),
    )
    expect(answer).toHaveLength(1)
    expect(answer[0]).toMatch(/^ratings record 1, takenAt: /)
  })

  it('refuses ratings before 1970, as the app does', () => {
    const answer = preview('1969.csv', 'time,value\n1969-12-31T18:00:00-05:00,4\n')
    expect(problems(answer)).toEqual([expect.stringMatching(/^Line 2, time: /)])
  })

  it('refuses an unpaired surrogate instead of turning it into U+FFFD', () => {
    const text = json({ ratings: [rating({ note: 'tight \\ud800 hips' })] }).replace(
      '\\\\ud800',
      '\\ud800',
    )
    expect(problems(preview('s.json', text))).toEqual([
      'ratings record 1, note: This text holds a broken character (an unpaired UTF-16 surrogate) that cannot be saved as it is.',
    ])
  })

  it('refuses a "__proto__" region instead of dropping it, in JSON and in CSV', () => {
    const text = json({ ratings: [rating()] }).replace(
      '"value":4',
      '"value":4,"regions":{"__proto__":3}',
    )
    expect(problems(preview('p.json', text))).toEqual([
      'ratings record 1, regions.__proto__: "__proto__" is not a body-map region.',
    ])
    db?.close()
    db = undefined
    const csv = 'time,value,regions\n2026-11-20T09:00:00Z,4,__proto__=3\n'
    expect(problems(preview('p.csv', csv))).toEqual([
      'Line 2, regions.__proto__: "__proto__" is not a body-map region.',
    ])
  })

  it('says a file holds nothing to import', () => {
    const nothing = /This file holds nothing to import/
    expect(problems(preview('h.csv', 'time,value,note\r\n'))).toEqual([
      expect.stringMatching(nothing),
    ])
    expect(problems(preview('e.json', '{"formatVersion":1}'))).toEqual([
      expect.stringMatching(nothing),
    ])
  })

  it('tells UTF-16 from a stray zero byte and from random bytes', () => {
    const utf16 =
      '\uFFFD\uFFFD' +
      // What UTF-16 text (ASCII letters, each with a zero byte) looks like read as UTF-8.
      'time,value\r\n2026-11-20T09:00:00Z,4\r\n'.replace(/[^]/g, (c) => `${c}\u0000`)
    expect(problems(preview('u.csv', utf16))).toEqual([expect.stringMatching(/UTF-16/)])
    const stray = 'time,value\n2026-11-20T09:00:00Z,4\u0000\n'
    expect(problems(preview('z.csv', stray))).toEqual([
      expect.stringMatching(/^Line 2: The file is not text Loosen can read/),
    ])
    let seed = 7
    const random = Array.from({ length: 3000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return String.fromCharCode(seed % 256)
    }).join('')
    const answer = problems(preview('r.csv', random))
    expect(answer).toEqual([expect.stringMatching(/not text Loosen can read/)])
  })

  it('quotes at most a short excerpt of a bad value', () => {
    const huge = 'x'.repeat(10_000_000)
    const answers = [
      preview('big.csv', `time,value\n${huge},4\n`),
      preview('big.json', json({ ratings: [rating({ [huge]: 1 })] })),
      preview('big.json', json({ ratings: [rating({ regions: { [huge]: 1 } })] })),
    ]
    for (const answer of answers) {
      expect(answer.valid).toBe(false)
      expect(JSON.stringify(answer).length).toBeLessThan(2_000)
    }
  })

  it('refuses a sitting period from 1970 to today and a session of 2^53 ms in a minute', () => {
    const sitting = json({
      sittingSpans: [{ id: 1, startedAt: '1970-01-01T00:00:00Z', endedAt: '2026-11-23T11:00:00Z' }],
    })
    expect(problems(preview('s.json', sitting))).toEqual([
      'sittingSpans record 1, endedAt: A sitting period lasts at most a day; longer ones are not sitting.',
    ])
    db?.close()
    db = undefined
    const session = json({
      practiceSessions: [
        {
          id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          practiceId: 'box-breathing',
          practiceTitle: 'Box Breathing',
          plannedMs: null,
          actualMs: 2 ** 53,
          status: 'completed',
          startedAt: '2026-11-20T09:00:00Z',
          endedAt: '2026-11-20T09:01:00Z',
        },
      ],
    })
    const refused = problems(preview('x.json', session))
    expect(refused.length).toBeGreaterThan(0)
    for (const line of refused) expect(line).toMatch(/^practiceSessions record 1, actualMs: /)
  })
})
