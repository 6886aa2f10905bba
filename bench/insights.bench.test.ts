import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { expect, it } from 'vitest'
import type { Insights } from '../electron/shared/log/insights-types'
import { recordFigure } from './record'
import { profileWith } from './support/cached-database'
import { SEED_NOW } from './support/seed'
import { benchServices } from './support/services'
import { median, round } from './support/stats'

const SIZES: [number, string][] = [
  [10_000, '10k'],
  [100_000, '100k'],
  [1_000_000, '1m'],
]
const RANGES: [string, string][] = [
  ['all', 'all'],
  ['30', '30d'],
]

// Main-process time of one `log:insights` request right after a rating was saved (so the
// cache is empty, as when someone opens Insights after logging), median of 5. Insights reads
// the rollups of migration 009, so 30 days should cost the same at 10k and 1M ratings and
// "all" should follow the days of history (1 year at 10k, 10 years at 1M), not the ratings.
for (const [size, label] of SIZES) {
  it(`measures Insights in main over ${label} ratings`, async () => {
    const folder = profileWith(size)
    let now = SEED_NOW
    const services = benchServices(folder, () => now)
    let added = 0
    try {
      for (const [range, rangeLabel] of RANGES) {
        const wall: number[] = []
        const cpu: number[] = []
        for (let round = 0; round < 5; round++) {
          now += 1_000
          expect((await services.dispatch('log:addRating', { value: round })).ok).toBe(true)
          added++
          const cpuBefore = process.cpuUsage()
          const started = performance.now()
          const result = await services.dispatch('log:insights', { range })
          wall.push(performance.now() - started)
          const used = process.cpuUsage(cpuBefore)
          cpu.push((used.user + used.system) / 1000)
          // The answer counts every rating, the seeded history and this run's: the rollups the
          // request reads are complete, so the figure is of the real work.
          expect(result.ok ? (result.value as Insights).everRated : -1).toBe(size + added)
        }
        recordFigure(`insights_main_ms_${rangeLabel}_${label}`, round(median(wall)))
        recordFigure(`insights_main_cpu_ms_${rangeLabel}_${label}`, round(median(cpu)))
      }
    } finally {
      services.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }, 900_000)
}
