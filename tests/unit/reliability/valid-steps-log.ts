import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect } from 'vitest'
import type { Rating } from '../../../electron/shared/contract/log'
import { allRatings, ok, pick, Step, userFields, type Model, type Real } from './valid-model'
import { note, pastOffset, regions, settingsPatch, tags, tension } from './valid-values'

/** Valid requests of the tension log, each checked against the log as the test knows it. */

const ratingFields = fc.record({
  value: tension,
  back: pastOffset,
  regions,
  note,
  tags,
})

async function expectLogHolds(model: Model, real: Real): Promise<void> {
  const stored = await allRatings(real)
  expect([...stored.keys()].sort()).toEqual([...model.ratings.keys()].sort())
  for (const [id, rating] of model.ratings) {
    expect(userFields(stored.get(id) ?? ({} as Rating)), id).toEqual(userFields(rating))
  }
}

const addRating = fc
  .tuple(ratingFields, fc.boolean(), fc.nat(), fc.constantFrom('before', 'after' as const))
  .map(
    ([fields, linked, n, phase]) =>
      new Step(`log:addRating ${JSON.stringify(fields)}`, async (model, real) => {
        const session =
          linked && model.sessions.size > 0
            ? { sessionId: pick(model.sessions.keys(), n), phase }
            : {}
        const payload = {
          value: fields.value,
          takenAt: real.clock.now - fields.back,
          regions: fields.regions,
          note: fields.note,
          tags: fields.tags,
          ...session,
        }
        const added = await ok(real, 'log:addRating', payload)
        const expected = { sessionId: null, phase: null, ...payload, id: added.id, utcOffsetMin: 0 }
        expect(userFields(added)).toEqual(userFields(expected))
        model.ratings.set(added.id, added)
        await expectLogHolds(model, real)
      }),
  )

const updateRating = fc.tuple(fc.nat(), ratingFields).map(
  ([n, fields]) =>
    new Step(
      `log:updateRating #${String(n)} ${JSON.stringify(fields)}`,
      async (model, real) => {
        const id = pick(model.ratings.keys(), n)
        const { back, ...rest } = fields
        const edit = { id, ...rest, takenAt: real.clock.now - back }
        const updated = await ok(real, 'log:updateRating', edit)
        const before = model.ratings.get(id)
        expect(updated).toMatchObject({ sessionId: before?.sessionId, phase: before?.phase })
        expect(userFields(updated)).toEqual(userFields({ ...updated, ...edit }))
        if (before) model.ratings.set(id, { ...before, ...edit })
        await expectLogHolds(model, real)
      },
      (model) => model.ratings.size > 0,
    ),
)

const deleteRating = fc.nat().map(
  (n) =>
    new Step(
      `log:deleteRating #${String(n)}`,
      async (model, real) => {
        const id = pick(model.ratings.keys(), n)
        const removed = await ok(real, 'log:deleteRating', { id })
        expect(userFields(removed)).toEqual(userFields(model.ratings.get(id) as Rating))
        model.ratings.delete(id)
        model.deleted.push(removed)
        await expectLogHolds(model, real)
      },
      (model) => model.ratings.size > 0,
    ),
)

const restoreRating = fc.nat().map(
  (n) =>
    new Step(
      `log:restoreRating #${String(n)}`,
      async (model, real) => {
        const [snapshot] = model.deleted.splice(n % model.deleted.length, 1)
        if (!snapshot) throw new Error('nothing to restore')
        const restored = await ok(real, 'log:restoreRating', snapshot)
        expect(restored).toEqual(snapshot)
        model.ratings.set(restored.id, restored)
        await expectLogHolds(model, real)
      },
      (model) => model.deleted.length > 0,
    ),
)

const isoUtc = (epochMs: number) => new Date(epochMs).toISOString().replace('Z', '+00:00')

/** A JSON export from another computer, written by hand after docs/export-format.md. */
const importFile = fc.record({
  ratings: fc.array(fc.tuple(fc.uuid({ version: 4 }), ratingFields), { maxLength: 4 }),
  settings: settingsPatch,
  applySettings: fc.boolean(),
  /** As the app sends a picked file (its path, read by the worker), or as its text. */
  byPath: fc.boolean(),
})

let files: string | null = null
let written = 0

/** The file as the request carries it: written to disk and sent by path, or as its text. */
function fileContent(file: ImportFile, text: string): { text: string } | { path: string } {
  if (!file.byPath) return { text }
  if (files === null) {
    const folder = mkdtempSync(join(tmpdir(), 'loosen-fuzz-import-'))
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }))
    files = folder
  }
  const path = join(files, `other-${String((written += 1))}.json`)
  writeFileSync(path, text)
  return { path }
}

function fileText(file: ImportFile, now: number) {
  return JSON.stringify({
    formatVersion: 1,
    app: 'Loosen',
    exportedAt: isoUtc(now),
    ratings: file.ratings.map(([id, r]) => ({
      id,
      takenAt: isoUtc(now - r.back),
      value: r.value,
      regions: r.regions,
      note: r.note,
      tags: r.tags,
      sessionId: null,
      phase: null,
    })),
    settings: file.settings,
  })
}

type ImportFile = typeof importFile extends fc.Arbitrary<infer T> ? T : never

const previewImport = importFile.map(
  (file) =>
    new Step(`log:previewImport ${JSON.stringify(file)}`, async (_model, real) => {
      const text = fileText(file, real.clock.now)
      const preview = await ok(real, 'log:previewImport', {
        fileName: 'other.json',
        ...fileContent(file, text),
      })
      const nothing = file.ratings.length === 0 && Object.keys(file.settings).length === 0
      if (nothing) return
      expect(preview).toMatchObject({
        valid: true,
        summary: { added: { ratings: file.ratings.length } },
      })
    }),
)

const commitImport = importFile.map(
  (file) =>
    new Step(`log:commitImport ${JSON.stringify(file)}`, async (model, real) => {
      if (file.ratings.length === 0 && Object.keys(file.settings).length === 0) return
      const text = fileText(file, real.clock.now)
      const { applySettings } = file
      const result = await ok(real, 'log:commitImport', {
        fileName: 'other.json',
        ...fileContent(file, text),
        applySettings,
      })
      expect(result.added.ratings).toBe(file.ratings.length)
      for (const [id, r] of file.ratings) {
        const { back, ...fields } = r
        const rating = { id, ...fields, takenAt: real.clock.now - back, utcOffsetMin: 0 }
        model.ratings.set(id, { ...rating, sessionId: null, phase: null })
      }
      await expectLogHolds(model, real)
      if (applySettings) expect(await ok(real, 'settings:get')).toMatchObject(file.settings)
    }),
)

const reads = fc.oneof(
  fc.constantFrom('30', '90', '365', 'all' as const).map(
    (range) =>
      new Step(`log:insights ${range}`, async (_model, real) => {
        await ok(real, 'log:insights', { range })
      }),
  ),
  fc.constantFrom('json', 'csv', 'spreadsheet' as const).map(
    (format) =>
      new Step(`log:export ${format}`, async (model, real) => {
        const file = await ok(real, 'log:export', { format })
        expect(file.counts.ratings).toBe(model.ratings.size)
      }),
  ),
  // Requests run one after another here, so no import or export is ever under way to see.
  fc.constant(
    new Step('log:transferStatus', async (_model, real) => {
      expect(await ok(real, 'log:transferStatus')).toMatchObject({ running: false })
    }),
  ),
  fc.constant(
    new Step('log:cancelTransfer', async (_model, real) => {
      expect(await ok(real, 'log:cancelTransfer')).toBe(false)
    }),
  ),
)

export const logSteps = [
  addRating,
  updateRating,
  deleteRating,
  restoreRating,
  previewImport,
  commitImport,
  reads,
]
