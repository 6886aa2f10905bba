import { describe, expect, it } from 'vitest'
import { JsonRecordList, scanJsonFile } from '../../../electron/main/import/json-scan'
import { readJsonImport } from '../../../electron/main/import/parse-json'
import { FileProblem, type RecordList } from '../../../electron/main/import/raw-import'
import { RECORD_KINDS } from '../../../electron/shared/log/transfer-types'

const LISTS = new Set<string>(RECORD_KINDS)
const broken = () => new Error('broken')

/** What JSON.parse makes of the file, with each scanned record list read back in full. */
function readBack(text: string): unknown {
  const scanned = scanJsonFile(text, LISTS, broken)
  if (!scanned) return null
  // fromEntries defines each member, so a "__proto__" one stays a member here too.
  return Object.fromEntries(
    Object.entries(scanned).map(([key, value]) => [
      key,
      value instanceof JsonRecordList ? all(value) : value,
    ]),
  )
}

function all(list: RecordList): unknown[] {
  return Array.from({ length: list.length }, (_, i) => list.read(i).raw)
}

/** The problem a file is refused with, or null when it is read. */
function refusal(text: string): string | null {
  try {
    const raw = readJsonImport(text)
    for (const kind of RECORD_KINDS) all(raw.records[kind])
    return null
  } catch (error) {
    if (error instanceof FileProblem) return error.problem.message
    throw error
  }
}

describe("a JSON file's records are read one at a time, as JSON.parse reads them", () => {
  it('reads every member and record exactly, strings with quotes, escapes and brackets too', () => {
    const file = {
      formatVersion: 1,
      app: 'Loosen "quoted" \\ [not] {a list}',
      ratings: [
        { id: 'a', note: 'line\nbreak "}" ]', tags: ['x', 'y'], regions: { sacrum: 3 } },
        { id: 'b', note: '\u00e9\u{1F600}\\', value: -1.5e3, phase: null, ok: true },
      ],
      practiceSessions: [],
      settings: { theme: 'dark', nested: [[], {}, [1, [2]]] },
    }
    for (const text of [
      JSON.stringify(file),
      JSON.stringify(file, null, 2),
      `\uFEFF \n${JSON.stringify(file)}\n\t`,
    ]) {
      expect(readBack(text)).toEqual(file)
    }
  })

  it('keeps the last of a repeated member and a "__proto__" member as a member, like JSON.parse', () => {
    const text =
      '{"formatVersion":1,"ratings":[{"id":"a"}],"ratings":[{"id":"b"}],"__proto__":{"x":1}}'
    const scanned = scanJsonFile(text, LISTS, broken)
    expect(Object.keys(scanned ?? {})).toEqual(Object.keys(JSON.parse(text) as object))
    expect(readBack(text)).toEqual({
      formatVersion: 1,
      ratings: [{ id: 'b' }],
      ['__proto__']: { x: 1 },
    })
  })

  it('a list that is not an array is read as a value, so it is refused as not a list', () => {
    expect(refusal('{"formatVersion":1,"ratings":{"id":"a"}}')).toMatch(/ratings/)
  })

  it('refuses a broken file in the words JSON.parse has for it, wherever the break is', () => {
    const good = JSON.stringify({
      formatVersion: 1,
      ratings: Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, value: 3 })),
    })
    const cases = [
      good.replace('"r15","value":3', '"r15","value":tru'), // inside a late record
      good.replace('"r3",', '"r3",,'), // a doubled comma inside a record
      good.replace('}]}', '},]}'), // a trailing comma in the list
      good.replace('}]}', '}]'), // the file cut short
      good.replace('"r0"', '"r0\\x"'), // a bad escape
      `${good} x`, // something after the file
      '{"formatVersion":1 "ratings":[]}', // a missing comma between members
      '[1,2]', // not an object: JSON.parse reads it, the check refuses it
    ]
    for (const text of cases) {
      let expected: string
      try {
        JSON.parse(text)
        expected = 'parses'
      } catch (error) {
        expected = (error as Error).message
      }
      const said = refusal(text)
      if (expected === 'parses') expect(said).not.toMatch(/not valid JSON/)
      else expect(said).toBe(`The file is not valid JSON (${expected}).`)
    }
  })
})
