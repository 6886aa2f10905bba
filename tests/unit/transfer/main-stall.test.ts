import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../../support/temp-folder'
import { countRows, exportOf, openProfile } from './transfer-world'

/**
 * Not a timing target (the bench reports the figure, `import_main_stall_ms`, about 50 ms here):
 * a bound loose enough for a 2-core machine running other test files at the same time (460 ms
 * seen once, the process simply not scheduled), which an import on main's thread (5-10 s for
 * 50,000 ratings) cannot meet.
 */
const GENEROUS_BOUND_MS = 1_000

describe("main's event loop during a 50,000-rating import", () => {
  const temp = useTempFolder('loosen-stall-')

  it('keeps turning: no stall near the length of the import', async () => {
    const text = await exportOf(join(temp(), 'from'), 50_000)
    const { services } = openProfile(join(temp(), 'to'))
    try {
      let last = performance.now()
      let longest = 0
      const ticker = setInterval(() => {
        const at = performance.now()
        longest = Math.max(longest, at - last)
        last = at
      }, 5)
      const started = performance.now()
      const preview = await services.dispatch('log:previewImport', { fileName: 'a.json', text })
      const commit = await services.dispatch('log:commitImport', {
        fileName: 'a.json',
        text,
        applySettings: false,
      })
      const took = performance.now() - started
      await new Promise((done) => setTimeout(done, 20))
      clearInterval(ticker)
      expect(preview.ok && commit.ok).toBe(true)
      expect(countRows(services, 'ratings')).toBe(50_000)
      console.log(`50k import: ${took.toFixed(0)} ms, longest stall ${longest.toFixed(0)} ms`)
      expect(longest).toBeLessThan(GENEROUS_BOUND_MS)
    } finally {
      services.close()
    }
  }, 300_000)
})
