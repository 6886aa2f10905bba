import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import {
  defaultSettings,
  settingsShape,
  type SettingKey,
  type Settings,
} from '../../../electron/shared/settings/schema'
import { useTempFolder } from '../../support/temp-folder'

// Complements tests/unit/db/transactions.test.ts (one store, one damaged key): here every
// setting is damaged in turn through the whole app start-up, and the rest must survive.

function start(dataFolder: string): MainServices {
  return createMainServices({
    dataFolder,
    appVersion: '0.0.0-test',
    platform: 'linux',
    now: () => Date.parse('2026-11-23T10:00:00Z'),
    emit: () => undefined,
    log: { error: () => undefined },
  })
}

const keys = Object.keys(settingsShape) as SettingKey[]

/** Stored values that no version of a key's schema accepts: out of range, wrong type, absurd. */
function badValuesFor(key: SettingKey): string[] {
  const candidates: unknown[] = [
    1e12,
    -1e12,
    -1,
    1.5,
    'sideways',
    '',
    true,
    null,
    [],
    {},
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ]
  const fallback = defaultSettings[key]
  const json = candidates
    .filter((value) => !settingsShape[key].safeParse(value).success)
    .filter((value) => JSON.stringify(value) !== JSON.stringify(fallback))
    .map((value) => JSON.stringify(value))
  // Text that is not JSON at all, and JSON cut off half way.
  return [...json, '{not json', '"unterminated', '', 'NaN', 'Infinity', '[1, 2']
}

/** A valid value for the key that differs from its default, so a fallback is visible. */
function changedValue(key: SettingKey): unknown {
  const fallback: unknown = defaultSettings[key]
  const candidates: unknown[] = [
    typeof fallback === 'boolean' ? !fallback : undefined,
    typeof fallback === 'number' ? fallback + 1 : undefined,
    typeof fallback === 'number' ? fallback - 1 : undefined,
    typeof fallback === 'number' ? fallback / 2 : undefined,
    'dark',
    'always',
    'never',
    'light',
    '7',
    '90',
  ]
  return candidates.find(
    (value) =>
      value !== undefined &&
      JSON.stringify(value) !== JSON.stringify(fallback) &&
      settingsShape[key].safeParse(value).success,
  )
}

describe('damaged settings rows at start-up', () => {
  const tempFolder = useTempFolder('loosen-settings-')

  it('fall back to the default for the damaged key only, every key in turn', async () => {
    const folder = tempFolder()
    let main = start(folder)
    // Give every key that can be changed a non-default value first.
    const patch: Partial<Record<SettingKey, unknown>> = {}
    for (const key of keys) {
      const value = changedValue(key)
      if (value !== undefined) patch[key] = value
    }
    const saved = await main.dispatch('settings:update', patch)
    expect(saved.ok, JSON.stringify(saved)).toBe(true)
    const stored = main.settings.read()
    main.close()
    expect(Object.keys(patch).length).toBeGreaterThanOrEqual(4)

    // Each round damages half of the keys (alternating halves) with their next bad value and
    // restarts: the damaged keys must read as defaults and every other key as it was saved.
    const badValues = new Map(keys.map((key) => [key, badValuesFor(key)]))
    const rounds = Math.max(...[...badValues.values()].map((values) => values.length)) * 2
    let checked = 0
    for (let round = 0; round < rounds; round++) {
      const damaged = keys.filter((_, index) => (index + round) % 2 === 0)
      const db = new DatabaseSync(join(folder, 'loosen.db'))
      const originals = new Map(
        damaged.map((key) => [
          key,
          db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
            { value: string } | undefined,
        ]),
      )
      const written: string[] = []
      const expected: Record<string, unknown> = { ...stored }
      for (const key of damaged) {
        const values = badValues.get(key) ?? []
        const bad = values[Math.floor(round / 2) % values.length]
        if (bad === undefined) continue
        db.prepare(
          `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 1)
           ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        ).run(key, bad)
        expected[key] = defaultSettings[key]
        written.push(`${key}=${bad}`)
        checked++
      }
      db.close()

      main = start(folder)
      const read = await main.dispatch('settings:get', undefined)
      main.close()
      expect(read, written.join(', ')).toEqual({ ok: true, value: expected as Settings })
      expect(Object.prototype).not.toHaveProperty('polluted')

      const repair = new DatabaseSync(join(folder, 'loosen.db'))
      for (const [key, original] of originals) {
        if (original) {
          repair.prepare('UPDATE settings SET value = ? WHERE key = ?').run(original.value, key)
        } else {
          repair.prepare('DELETE FROM settings WHERE key = ?').run(key)
        }
      }
      repair.close()
    }
    expect(checked).toBeGreaterThan(keys.length * 5)
  }, 30_000)

  it('keep working after a damaged value: the next change to that key is saved', async () => {
    const folder = tempFolder()
    let main = start(folder)
    await main.dispatch('settings:update', { theme: 'dark', showStreaks: false })
    main.close()
    const db = new DatabaseSync(join(folder, 'loosen.db'))
    db.prepare("UPDATE settings SET value = '\"purple\"' WHERE key = 'theme'").run()
    db.prepare("UPDATE settings SET value = '{' WHERE key = 'showStreaks'").run()
    // A key a future version might add, and one an old version left behind.
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('futureSetting', '42', 1), ('__proto__', '{\"polluted\":true}', 1)",
    ).run()
    db.close()

    main = start(folder)
    expect(main.database.recovery).toBeNull()
    const read = await main.dispatch('settings:get', undefined)
    expect(read).toMatchObject({
      ok: true,
      value: { theme: defaultSettings.theme, showStreaks: defaultSettings.showStreaks },
    })
    if (read.ok) {
      expect(read.value).not.toHaveProperty('futureSetting')
      expect(Object.keys(read.value as object)).toEqual(Object.keys(defaultSettings))
    }
    expect(Object.prototype).not.toHaveProperty('polluted')
    const update = await main.dispatch('settings:update', { theme: 'light' })
    expect(update).toMatchObject({ ok: true, value: { theme: 'light' } })
    main.close()
    main = start(folder)
    expect(main.settings.read().theme).toBe('light')
    main.close()
  })
})
