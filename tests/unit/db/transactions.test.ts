import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/main/db/open-database'
import { inTransaction } from '../../../electron/main/db/sqlite'
import { migrations } from '../../../electron/main/migrations'
import { SettingsStore } from '../../../electron/main/settings/settings-store'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { useTempFolder } from '../../support/temp-folder'

describe('transactions and settings storage', () => {
  const tempFolder = useTempFolder()

  function open() {
    return openDatabase(join(tempFolder(), 'loosen.db'), migrations).db
  }

  it('roll back every row of a change that fails part way', () => {
    const db = open()
    const insert = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 1)')
    expect(() =>
      inTransaction(db, () => {
        insert.run('theme', '"dark"')
        insert.run('showStreaks', 'false')
        insert.run('theme', '"light"') // duplicate key: fails
      }),
    ).toThrow()
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 })
    expect(db.isTransaction).toBe(false)
    db.close()
  })

  it('read defaults until something is saved, then read it back', () => {
    const db = open()
    const store = new SettingsStore(db, () => 1)
    expect(store.read()).toEqual(defaultSettings)
    store.update({ theme: 'dark', showStreaks: false })
    expect(store.read()).toMatchObject({ theme: 'dark', showStreaks: false })
    db.close()
  })

  it('fall back to the default for a damaged value, keeping the other keys', () => {
    const db = open()
    const store = new SettingsStore(db, () => 1)
    store.update({ theme: 'dark', showStreaks: false })
    db.prepare("UPDATE settings SET value = '{not json' WHERE key = 'theme'").run()
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('reduceMotion', '\"sideways\"', 1)",
    ).run()
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('retired', '1', 1)").run()
    const read = store.read()
    expect(read.theme).toBe(defaultSettings.theme)
    expect(read.reduceMotion).toBe(defaultSettings.reduceMotion)
    expect(read.showStreaks).toBe(false)
    expect(read).not.toHaveProperty('retired')
    db.close()
  })

  it("keep the first-run answer and the user's own tags across a reset of preferences", () => {
    const db = open()
    const store = new SettingsStore(db, () => 1)
    store.update({ firstRunAcknowledged: true, theme: 'dark', logCustomTags: ['after cycling'] })
    const reset = store.reset()
    expect(reset.theme).toBe(defaultSettings.theme)
    expect(reset.firstRunAcknowledged).toBe(true)
    expect(reset.logCustomTags).toEqual(['after cycling'])
    db.close()
  })
})
