import {
  defaultSettings,
  isSettingKey,
  settingsShape,
  type SettingKey,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings/schema'
import { UNHEARD, type ChangePublisher } from '../core/change-bus'
import { commitChange } from '../db/commit'
import { Statements } from '../db/statements'
import type { Database } from '../db/sqlite'

/**
 * Not preferences but things the user told Loosen: that the safety note was read, and the tags
 * they made. A reset of preferences keeps them.
 */
const KEPT_ON_RESET: readonly SettingKey[] = ['firstRunAcknowledged', 'logCustomTags']
const RESET_KEYS = (Object.keys(settingsShape) as SettingKey[]).filter(
  (key) => !KEPT_ON_RESET.includes(key),
)

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
 * damaged or outdated value falls back to its default without touching the others. Every write
 * is announced, with its keys, once it is committed: whoever depends on a setting (the
 * reminders, the login item, the renderer) hears of it from here, whoever made the change.
 */
export class SettingsStore {
  private readonly sql: Statements

  constructor(
    db: Database,
    private readonly now: () => number,
    private readonly changes: ChangePublisher = UNHEARD,
  ) {
    this.sql = new Statements(db)
  }

  read(): Settings {
    const settings: Record<string, unknown> = { ...defaultSettings }
    const rows = this.sql.get('SELECT key, value FROM settings').all() as unknown as SettingRow[]
    for (const row of rows) {
      if (!isSettingKey(row.key)) continue
      const value = parseStored(row.key, row.value)
      if (value !== undefined) settings[row.key] = value
    }
    return settings as Settings
  }

  /** Writes the given keys; joins the caller's transaction if one is open (an import). */
  update(patch: SettingsPatch): Settings {
    const upsert = this.sql.get(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    commitChange(this.sql.db, this.changes, () => {
      const keys: SettingKey[] = []
      for (const [key, value] of Object.entries(patch) as [SettingKey, unknown][]) {
        if (value === undefined) continue
        upsert.run(key, JSON.stringify(value), this.now())
        keys.push(key)
      }
      return { result: null, change: keys.length > 0 ? { kind: 'settings', keys } : null }
    })
    return this.read()
  }

  reset(): Settings {
    const keep = KEPT_ON_RESET.map(() => '?').join(', ')
    commitChange(this.sql.db, this.changes, () => {
      this.sql.get(`DELETE FROM settings WHERE key NOT IN (${keep})`).run(...KEPT_ON_RESET)
      return { result: null, change: { kind: 'settings', keys: RESET_KEYS } }
    })
    return this.read()
  }
}
