import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expect, it } from 'vitest'
import { createMainServices } from '../electron/main/services'
import { recordFigure } from './record'

it('measures saving one self-rating through the API to disk', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-log-'))
  try {
    const services = createMainServices({
      dataFolder: folder,
      appVersion: 'bench',
      platform: process.platform,
      now: () => Date.now(),
      emit: () => undefined,
      log: { error: () => undefined },
    })
    // Warm up the prepared statements and the file once, as the running app would have.
    await services.dispatch('log:addRating', { value: 5 })
    const rounds = 200
    const times: number[] = []
    for (let i = 0; i < rounds; i++) {
      const started = performance.now()
      const result = await services.dispatch('log:addRating', {
        value: i % 11,
        regions: { sacrum: 3 },
        tags: ['morning'],
      })
      times.push(performance.now() - started)
      expect(result.ok).toBe(true)
    }
    times.sort((a, b) => a - b)
    // The median: one slow fsync on a busy disk should not define the figure.
    recordFigure('rating_save_ms', Number((times[Math.floor(rounds / 2)] ?? 0).toFixed(3)))
    services.close()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
