import {
  defaultSettings,
  isSettingKey,
  settingsShape,
  type SettingKey,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings/schema'
import { inTransaction, type Database } from '../db/sqlite'

/**
 * Not preferences but things the user told Loosen: that the safety note was read, and the tags
 * they made. A reset of preferences keeps them.
 */
const KEPT_ON_RESET: readonly SettingKey[] = ['firstRunAcknowledged', 'logCustomTags']

interface SettingRow {
  key: string
  value: string
}

function parseStored(key: keyof Settings, raw: string): unknown {
  try {
    const result = settingsShape[key].safeParse(JSON.parse(raw))
    return result.success ? result.data : undefined
  } catch {
    return undefined
  }
}

/**
 * Settings are stored one row per key as JSON. Reading validates each key on its own, so one
 * damaged or outdated value falls back to its default without touching the others.
 */
export class SettingsStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  read(): Settings {
    const settings: Record<string, unknown> = { ...defaultSettings }
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as unknown as SettingRow[]
    for (const row of rows) {
      if (!isSettingKey(row.key)) continue
      const value = parseStored(row.key, row.value)
      if (value !== undefined) settings[row.key] = value
    }
    return settings as Settings
  }

  update(patch: SettingsPatch): Settings {
    const upsert = this.db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    inTransaction(this.db, () => {
      for (const [key, value] of Object.entries(patch) as [string, unknown][]) {
        if (value === undefined) continue
        upsert.run(key, JSON.stringify(value), this.now())
      }
    })
    return this.read()
  }

  reset(): Settings {
    inTransaction(this.db, () => {
      const keep = KEPT_ON_RESET.map(() => '?').join(', ')
      this.db.prepare(`DELETE FROM settings WHERE key NOT IN (${keep})`).run(...KEPT_ON_RESET)
    })
    return this.read()
  }
}
