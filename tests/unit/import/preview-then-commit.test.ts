import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TransferProgress } from '../../../electron/main/import/import-hooks'
import { ImportService } from '../../../electron/main/import/import-service'
import { PlanCache } from '../../../electron/main/import/plan-cache'
import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import { useTempFolder } from '../../support/temp-folder'
import { countRows, exportOf, NOW, openProfile } from '../transfer/transfer-world'

/** The import as the worker runs it, with the phases it reports. */
function importer(services: ReturnType<typeof openProfile>['services'], plans: PlanCache) {
  const phases: TransferProgress['phase'][] = []
  const db = services.database.db
  const imports = new ImportService(
    db,
    () => NOW,
    recordStoresFor(db, () => NOW),
    { progress: (p) => phases.push(p.phase), cancelled: () => false },
    plans,
  )
  return { imports, phases }
}

describe('a commit right after its preview does not check the file again', () => {
  const temp = useTempFolder('loosen-plan-')

  it('same file, data unchanged: the commit goes straight to writing', async () => {
    const text = await exportOf(join(temp(), 'from'), 3_000)
    const { services } = openProfile(join(temp(), 'to'))
    try {
      const plans = new PlanCache()
      const preview = importer(services, plans)
      expect(preview.imports.preview('a.json', text)).toMatchObject({ valid: true })
      expect(preview.phases).toContain('checking')
      const commit = importer(services, plans)
      expect(commit.imports.commit('a.json', text, false).added.ratings).toBe(3_000)
      expect(commit.phases).not.toContain('checking')
      expect(commit.phases).not.toContain('reading')
      expect(countRows(services, 'ratings')).toBe(3_000)
    } finally {
      services.close()
    }
  }, 120_000)

  it('a different file, or data changed since the preview: the commit checks again', async () => {
    const text = await exportOf(join(temp(), 'from'), 3_000)
    const { services } = openProfile(join(temp(), 'to'))
    try {
      const plans = new PlanCache()
      importer(services, plans).imports.preview('a.json', text)
      const edited = text.replace('"formatVersion"', ' "formatVersion"')
      const other = importer(services, plans)
      expect(other.imports.commit('a.json', edited, false).added.ratings).toBe(3_000)
      expect(other.phases).toContain('checking')

      // One of the file's ratings arrived meanwhile (another import, an undo): it is skipped.
      const { services: fresh } = openProfile(join(temp(), 'fresh'))
      try {
        importer(fresh, plans).imports.preview('a.json', text)
        const first = (JSON.parse(text) as { ratings: { id: string }[] }).ratings[0]?.id ?? ''
        fresh.database.db
          .prepare(
            `INSERT INTO ratings (id, value, taken_at, utc_offset_min, note, created_at, updated_at)
             VALUES (?, 3, ?, 0, '', ?, ?)`,
          )
          .run(first, NOW - 1000, NOW, NOW)
        const again = importer(fresh, plans)
        const result = again.imports.commit('a.json', text, false)
        expect(again.phases).toContain('checking')
        expect(result.added.ratings).toBe(2_999)
        expect(result.skipped.ratings).toBe(1)
      } finally {
        fresh.close()
      }
    } finally {
      services.close()
    }
  }, 120_000)
})
