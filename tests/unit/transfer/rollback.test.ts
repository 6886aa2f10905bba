import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CANCELLED_MESSAGE } from '../../../electron/main/import/import-hooks'
import { runJob } from '../../../electron/main/transfer/run-job'
import { DATABASE_FILE_NAME } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'
import { countRows, exportOf, NOW, openProfile } from './transfer-world'

const TABLES = [
  'ratings',
  'rating_regions',
  'rating_tags',
  'practice_sessions',
  'settings',
  'sitting_spans',
]

/** The job as the worker runs it, on the profile's file, stopped or failing mid-write. */
describe('an import stopped or failing after some rows were written leaves nothing', () => {
  const temp = useTempFolder('loosen-rollback-')

  async function setUp() {
    const text = await exportOf(join(temp(), 'from'), 3_000)
    const folder = join(temp(), 'to')
    const profile = openProfile(folder)
    const before = TABLES.map((table) => countRows(profile.services, table))
    const job = {
      kind: 'commit',
      fileName: 'a.json',
      content: text,
      applySettings: true,
      now: NOW,
    } as const
    return { ...profile, file: join(folder, DATABASE_FILE_NAME), before, job }
  }

  it('cancelled once the ratings are written: rolled back', async () => {
    const { services, file, before, job } = await setUp()
    try {
      let wrote = 0
      const outcome = runJob(file, job, {
        progress: (p) => {
          if (p.phase === 'writing') wrote = p.done
        },
        cancelled: () => wrote >= 3_000,
      })
      expect(wrote).toBeGreaterThanOrEqual(3_000)
      expect(outcome).toEqual({
        ok: false,
        // In English from the worker, with the phrase main says in the person's language.
        error: {
          code: 'conflict',
          message: CANCELLED_MESSAGE,
          phrase: { id: 'main.refusal.import.cancelled' },
        },
      })
      expect(TABLES.map((table) => countRows(services, table))).toEqual(before)
    } finally {
      services.close()
    }
  }, 120_000)

  it('failing after the last write (settings included): rolled back, reported as internal', async () => {
    const { services, file, before, job } = await setUp()
    try {
      const outcome = runJob(file, job, {
        progress: (p) => {
          if (p.phase === 'writing' && p.done > 0 && p.done === p.total)
            throw new Error('disk gone')
        },
        cancelled: () => false,
      })
      expect(outcome).toMatchObject({ ok: false, error: { code: 'internal' } })
      expect(outcome.ok ? '' : outcome.internal).toContain('disk gone')
      expect(TABLES.map((table) => countRows(services, table))).toEqual(before)
    } finally {
      services.close()
    }
  }, 120_000)
})
