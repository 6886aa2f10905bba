import type { LoosenEvent } from '../../../shared/contract/events'
import type { Database } from '../../db/sqlite'
import { exportData } from '../../export/export-service'
import { ImportService } from '../../import/import-service'
import { InsightsCache } from '../../log/insights-service'
import { RatingsRepository } from '../../log/ratings-repository'
import type { SettingsStore } from '../../settings/settings-store'
import type { Handlers } from '../dispatch'

export interface LogHandlerContext {
  db: Database
  settings: SettingsStore
  now: () => number
  emit: (event: LoosenEvent) => void
}

export function createLogHandlers(ctx: LogHandlerContext) {
  const ratings = new RatingsRepository(ctx.db, ctx.now)
  const imports = new ImportService(ctx.db, ctx.now)
  const insights = new InsightsCache(ctx.db)
  const changed = <T>(value: T): T => {
    ctx.emit({ type: 'data-changed', domain: 'log' })
    return value
  }
  return {
    'log:addRating': (input) => changed(ratings.add(input)),
    'log:listRatings': (input) => ratings.list(input?.limit, input?.before),
    'log:updateRating': (input) => changed(ratings.update(input)),
    'log:deleteRating': ({ id }) => changed(ratings.remove(id)),
    'log:restoreRating': (snapshot) => changed(ratings.restore(snapshot)),
    'log:insights': ({ range }) => insights.get(range, ctx.now()),
    'log:export': ({ format }) => exportData(ctx.db, ctx.settings, format, ctx.now()),
    'log:previewImport': ({ fileName, text }) => imports.preview(fileName, text),
    'log:commitImport': ({ fileName, text, applySettings }) => {
      const result = imports.commit(fileName, text, applySettings)
      ctx.emit({ type: 'data-changed', domain: 'log' })
      if (result.settingsApplied > 0) ctx.emit({ type: 'settings-changed' })
      return result
    },
  } satisfies Partial<Handlers>
}
