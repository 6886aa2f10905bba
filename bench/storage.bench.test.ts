import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expect, it } from 'vitest'
import { createMainServices } from '../electron/main/services'
import { recordFigure } from './record'

it('measures opening the database and a settings round trip through the dispatcher', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-'))
  try {
    const world = {
      dataFolder: folder,
      appVersion: 'bench',
      platform: process.platform,
      now: () => Date.now(),
      emit: () => undefined,
      log: { error: () => undefined },
    }
    const openStarted = performance.now()
    const services = createMainServices(world)
    recordFigure('db_open_ms', Number((performance.now() - openStarted).toFixed(2)))

    const rounds = 200
    const started = performance.now()
    for (let i = 0; i < rounds; i++) {
      const result = await services.dispatch('settings:update', { showStreaks: i % 2 === 0 })
      expect(result.ok).toBe(true)
    }
    recordFigure('settings_update_ms', Number(((performance.now() - started) / rounds).toFixed(3)))
    services.close()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
