import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { expect, test } from './scenario'

const START = Date.parse('2026-11-30T10:00:00')

/** A Loosen JSON export of two self-ratings, as another computer would have written it. */
function exportWithTwoRatings(): string {
  const rating = (id: string, hoursAgo: number, value: number) => ({
    id,
    takenAt: new Date(START - hoursAgo * 3_600_000).toISOString(),
    value,
    regions: { 'lower-back': value },
    note: 'from the other laptop',
    tags: [],
    sessionId: null,
    phase: null,
  })
  return JSON.stringify({
    formatVersion: 1,
    app: 'Loosen',
    exportedAt: new Date(START).toISOString(),
    ratings: [
      rating('6f1c2a9e-3b7d-4c5e-8f90-1a2b3c4d5e6f', 30, 6),
      rating('7a2d3b0f-4c8e-4d6f-9a01-2b3c4d5e6f70', 6, 3),
    ],
  })
}

test('a picked file is imported by its path: the worker reads it from disk, the page never does', async ({
  launch,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-import-pick-'))
  const file = join(folder, 'loosen-export.json')
  writeFileSync(file, exportWithTwoRatings())
  try {
    // The OS chooser answers with this file, as a person picking it.
    const app = launch({ platform: 'linux', startTime: START, openDialogPaths: [file] })
    const page = await app.page()
    await page.getByRole('button', { name: 'Skip for now' }).click()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log' }).click()

    // webUtils.getPathForFile as Electron documents it: '' for a file made in JS, throws for
    // anything that is not a File.
    const made = await page.evaluate(() => {
      const pathFor = window.loosen.files.pathFor
      let thrown = false
      try {
        pathFor({} as File)
      } catch {
        thrown = true
      }
      return { path: pathFor(new File(['{}'], 'made.json')), thrown }
    })
    expect(made).toEqual({ path: '', thrown: true })
    // A script in the page cannot have main read a file no one picked (through the real preload).
    const named = await page.evaluate(
      (path) => window.loosen.log.previewImport({ fileName: 'a.json', path }),
      file,
    )
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'path' } })

    // Counts every read of a file's text in the page: the path route makes none.
    await page.evaluate(() => {
      const read = Object.getOwnPropertyDescriptor(Blob.prototype, 'text')?.value as (
        this: Blob,
      ) => Promise<string>
      const counter = window as unknown as { textReads: number }
      counter.textReads = 0
      Blob.prototype.text = function (this: Blob) {
        counter.textReads += 1
        return read.call(this)
      }
    })
    await page.getByLabel('Import a JSON or CSV file').click()
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(
      page.getByText('Imported 2 records; 0 already in Loosen were skipped.'),
    ).toBeVisible()
    const reads = await page.evaluate(() => (window as unknown as { textReads: number }).textReads)
    expect(reads).toBe(0)

    const db = new DatabaseSync(join(app.userData, 'loosen.db'), { readOnly: true })
    try {
      const notes = db.prepare('SELECT note FROM ratings ORDER BY taken_at').all()
      expect(notes).toEqual([{ note: 'from the other laptop' }, { note: 'from the other laptop' }])
    } finally {
      db.close()
    }
    expect(app.violations()).toEqual([])
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
