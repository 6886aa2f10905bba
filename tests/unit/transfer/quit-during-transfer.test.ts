import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TransferStatus } from '../../../electron/shared/contract/transfer'
import { useTempFolder } from '../../support/temp-folder'
import { countRows, exportOf, openProfile } from './transfer-world'

/** Turns of the event loop (no timer) until `done` holds: the worker reports on its own pace. */
async function until(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((turn) => setImmediate(turn))
}

describe('quitting while an import runs in the worker', () => {
  const temp = useTempFolder('loosen-quit-')

  it('stops the worker mid-write: nothing is half-written and the file is usable at the next start', async () => {
    const text = await exportOf(join(temp(), 'from'), 20_000)
    const folder = join(temp(), 'to')
    const { services } = openProfile(folder)
    const commit = services.dispatch('log:commitImport', {
      fileName: 'a.json',
      text,
      applySettings: false,
    })
    // Under way in the worker, its transaction open and rows being written.
    await until(async () => {
      const status = await services.dispatch('log:transferStatus', undefined)
      return status.ok && (status.value as TransferStatus).progress?.phase === 'writing'
    })
    services.close()
    // The request under way gets an answer (a failure), not silence.
    expect((await commit).ok).toBe(false)

    const next = openProfile(folder)
    try {
      for (const table of ['ratings', 'rating_regions', 'rating_tags', 'practice_sessions']) {
        expect(countRows(next.services, table)).toBe(0)
      }
      expect(countRows(next.services, 'rollup_rating_days')).toBe(0)
      // No lock or journal left behind: the same import now goes through.
      const again = await next.services.dispatch('log:commitImport', {
        fileName: 'a.json',
        text,
        applySettings: false,
      })
      expect(again).toMatchObject({ ok: true, value: { added: { ratings: 20_000 } } })
    } finally {
      next.services.close()
    }
  }, 300_000)

  it('refuses a new transfer once closing', async () => {
    const { services } = openProfile(join(temp(), 'p'))
    services.close()
    const result = await services.dispatch('log:export', { format: 'json' })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })
})
