import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expect, it } from 'vitest'
import type { FactorEffect } from '../electron/shared/report/factor-effects'
import { recordFigure } from './record'
import { SEED_NOW } from './support/seed'
import { seedYear, YEAR_DAYS } from './support/seed-year'
import { benchServices } from './support/services'
import { median, round } from './support/stats'

const DAY = 86_400_000

// Main-process time of one "what goes with better days" request over a year of heavy use
// (report:factors: the per-day figures from SQL, then each factor's Welch interval), and of the
// report's whole data request, median of 15 after one warm-up.
it('measures the factor comparison and the report data over a year', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-report-'))
  const services = benchServices(folder, () => SEED_NOW)
  try {
    seedYear(services.database.db)
    const period = { from: SEED_NOW - YEAR_DAYS * DAY, to: SEED_NOW }
    const time = async (channel: 'report:factors' | 'report:data') => {
      const first = await services.dispatch(channel, period)
      expect(first.ok).toBe(true)
      const wall: number[] = []
      for (let i = 0; i < 15; i++) {
        const started = performance.now()
        await services.dispatch(channel, period)
        wall.push(performance.now() - started)
      }
      return { figure: round(median(wall)), first }
    }
    const factors = await time('report:factors')
    const compared = (factors.first as { ok: true; value: FactorEffect[] }).value
    expect(compared.length, 'tags and habits compared').toBeGreaterThan(3)
    recordFigure('factor_effects_ms', factors.figure)
    recordFigure('report_data_ms', (await time('report:data')).figure)
  } finally {
    services.close()
    rmSync(folder, { recursive: true, force: true })
  }
}, 300_000)
