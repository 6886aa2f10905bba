import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { shortenMessage } from '../../../electron/main/import/excerpt'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { contract } from '../../../electron/shared/contract'
import { formatIsoWithOffset, parseIsoWithOffset } from '../../../electron/shared/log/iso-time'
import type { ImportPreview } from '../../../electron/shared/log/transfer-types'
import { useTempFolder } from '../../support/temp-folder'
import { vocabularyOf } from '../reliability/schema-walk'

const NOW = Date.parse('2026-11-23T10:00:00Z')
const DAY = 86_400_000

/**
 * Values that break something, made without knowing the rules: every field of a valid request
 * (and every field its schema knows) gets each of them in turn. Whatever the app refuses, the
 * same record in an import file must be refused with the same words.
 */
function hostile(base: unknown): unknown[] {
  const numeric = typeof base === 'number' ? [base + 1, base - 1, base * 1000, base + 10 * DAY] : []
  return [
    undefined,
    null,
    '',
    ' ',
    'x',
    'a'.repeat(2000),
    -1,
    0,
    0.5,
    1000,
    2 ** 53,
    -(2 ** 53),
    1e20,
    true,
    [],
    {},
    { __extra: 1 },
    ...numeric,
  ]
}

type Json = Record<string, unknown>

function mutations(base: Json, keys: Set<string>): { what: string; payload: Json }[] {
  const out: { what: string; payload: Json }[] = [
    { what: 'unknown field', payload: { ...base, mood: 3 } },
  ]
  const visit = (node: Json, path: string[]) => {
    for (const key of new Set([...Object.keys(node), ...(path.length === 0 ? keys : [])])) {
      for (const value of hostile(node[key])) {
        const payload = structuredClone(base)
        // A fresh id each time: an id already saved is "left as it is" by an import, by design.
        if (typeof payload['id'] === 'string') payload['id'] = randomUUID()
        let target = payload
        for (const part of path) target = target[part] as Json
        if (value === undefined) Reflect.deleteProperty(target, key)
        else target[key] = value
        out.push({
          what: `${[...path, key].join('.')} = ${value === undefined ? 'left out' : JSON.stringify(value).slice(0, 30)}`,
          payload,
        })
      }
      const child = node[key]
      if (child && typeof child === 'object' && !Array.isArray(child))
        visit(child as Json, [...path, key])
    }
  }
  visit(base, [])
  return out
}

interface Kind {
  channel: 'log:restoreRating' | 'practice:recordSession' | 'practice:saveCustom'
  list: string
  base: () => Json
  /** The request as a record of Loosen's JSON export, or null when a file cannot say it. */
  toFile: (payload: Json) => Json | null
  timeFields: string[]
}

const iso = (value: unknown, offsetMin = 0): string | null =>
  typeof value === 'number' && Number.isSafeInteger(value)
    ? formatIsoWithOffset(value, offsetMin)
    : null

/** A time only travels in a file if its text reads back as the same instant. */
function withTimes(payload: Json, fields: string[], offsetMin: unknown = 0): Json | null {
  const file: Json = { ...payload }
  for (const field of fields) {
    if (!(field in payload)) continue
    if (typeof offsetMin !== 'number' || !Number.isInteger(offsetMin)) return null
    const text = iso(payload[field], offsetMin)
    const back = text === null ? null : parseIsoWithOffset(text)
    if (!back || back.epochMs !== payload[field] || back.utcOffsetMin !== offsetMin) return null
    file[field] = text
  }
  return file
}

const KINDS: Kind[] = [
  {
    channel: 'log:restoreRating',
    list: 'ratings',
    base: () => ({
      id: randomUUID(),
      value: 4,
      takenAt: NOW - DAY,
      regions: { sacrum: 3 },
      note: 'after a long drive',
      tags: ['long drive'],
      utcOffsetMin: 60,
      sessionId: null,
      phase: null,
    }),
    toFile: (p) => {
      const { utcOffsetMin, ...rest } = p
      // A file may leave these out and they mean "none", so a file cannot say "missing".
      const optional = ['regions', 'note', 'tags', 'sessionId', 'phase']
      if (!('takenAt' in p) || !('utcOffsetMin' in p) || optional.some((f) => !(f in p)))
        return null
      return withTimes(rest, ['takenAt'], utcOffsetMin)
    },
    timeFields: ['takenAt'],
  },
  {
    channel: 'practice:recordSession',
    list: 'practiceSessions',
    base: () => ({
      id: randomUUID(),
      practiceId: 'box-breathing',
      practiceTitle: 'Box Breathing',
      plannedMs: 240_000,
      actualMs: 240_000,
      status: 'completed',
      startedAt: NOW - DAY,
      endedAt: NOW - DAY + 240_000,
    }),
    toFile: (p) => withTimes(p, ['startedAt', 'endedAt']),
    timeFields: ['startedAt', 'endedAt'],
  },
  {
    channel: 'practice:saveCustom',
    list: 'customPractices',
    base: () => ({
      kind: 'breathing',
      name: 'Slow 4-6',
      body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 6, holdOut: 0, lengthMin: 5 },
    }),
    // The app makes the id of a new practice; a file names it.
    toFile: (p) =>
      'id' in p
        ? null
        : {
            id: `custom-${randomUUID()}`,
            ...p,
            createdAt: iso(NOW - DAY),
            updatedAt: iso(NOW - DAY),
          },
    timeFields: [],
  },
]

function importFile(main: MainServices, list: string, record: Json): Promise<ImportPreview> {
  const text = JSON.stringify({ formatVersion: 1, [list]: [record] })
  return main.dispatch('log:previewImport', { fileName: 'generated.json', text }).then((result) => {
    if (!result.ok) throw new Error(result.error.message)
    return result.value as ImportPreview
  })
}

describe('an import refuses what the app refuses, in the same words', () => {
  const tempFolder = useTempFolder()
  let main: MainServices | undefined
  afterEach(() => {
    main?.close()
    main = undefined
  })

  const start = () =>
    createMainServices({
      dataFolder: tempFolder(),
      appVersion: '0.0.0-test',
      platform: 'linux',
      now: () => NOW,
      emit: () => undefined,
      log: { error: () => undefined },
    })

  it.each(KINDS.map((k) => [k.channel, k]))('%s: every refused request', async (_name, kind) => {
    main = start()
    const keys = vocabularyOf(contract[kind.channel].request).keys
    let compared = 0
    for (const { what, payload } of mutations(kind.base(), keys)) {
      const answer = await main.dispatch(kind.channel, payload)
      if (answer.ok || answer.error.code === 'not_found') continue
      const record = kind.toFile(payload)
      if (record === null) continue
      if (JSON.stringify(JSON.parse(JSON.stringify(record))) !== JSON.stringify(record)) continue
      const preview = await importFile(main, kind.list, JSON.parse(JSON.stringify(record)) as Json)
      const field = answer.error.field
      const expected = shortenMessage(
        field && answer.error.message.startsWith(`${field}: `)
          ? answer.error.message.slice(field.length + 2)
          : answer.error.message,
      )
      expect(preview.valid, `${what}: ${answer.error.message}`).toBe(false)
      if (preview.valid) continue
      const messages = preview.problems.map((p) => p.message)
      expect(messages, what).toContain(expected)
      compared++
    }
    expect(compared).toBeGreaterThan(20)
  })

  it('practice:saveCustom: one over the limit is refused by both', async () => {
    main = start()
    const kind = KINDS[2]!
    let answer = await main.dispatch(kind.channel, kind.base())
    while (answer.ok) answer = await main.dispatch(kind.channel, kind.base())
    const refused = answer
    const preview = await importFile(main, kind.list, kind.toFile(kind.base())!)
    expect(preview.valid).toBe(false)
    if (!preview.valid)
      expect(preview.problems.map((p) => p.message)).toContain(refused.error.message)
  })
})
