import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createChangeBus, type Change } from '../../../electron/main/core/change-bus'
import { openDatabase } from '../../../electron/main/db/open-database'
import { inTransaction } from '../../../electron/main/db/sqlite'
import { migrations } from '../../../electron/main/migrations'
import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import type { Rating } from '../../../electron/shared/contract/log'
import { useTempFolder } from '../../support/temp-folder'
import { openHost } from './host'

const newFolder = useTempFolder('loosen-bus-')
const NOW = Date.parse('2026-03-02T09:00:00Z')

function openStores() {
  const db = openDatabase(join(newFolder(), 'loosen.db'), migrations).db
  const bus = createChangeBus({ error: () => undefined })
  const heard: { change: Change; committed: boolean; ratings: number }[] = []
  bus.subscribe((change) =>
    heard.push({
      change,
      committed: !db.isTransaction,
      ratings: (db.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }).n,
    }),
  )
  return { db, heard, stores: recordStoresFor(db, () => NOW, bus) }
}

const rating = (id: string, value = 4): Rating => ({
  id,
  value,
  takenAt: NOW - 60_000,
  utcOffsetMin: 0,
  regions: { sacrum: 3 },
  note: '',
  tags: ['desk'],
  sessionId: null,
  phase: null,
})

describe('the change bus', () => {
  it('hears a repository write once, after it is committed', () => {
    const { db, heard, stores } = openStores()
    stores.ratings.add({ value: 5, regions: { sacrum: 2 }, tags: ['a', 'b'] })
    expect(heard).toEqual([
      { change: { kind: 'data', domain: 'log' }, committed: true, ratings: 1 },
    ])
    stores.settings.update({ remindersIntervalMin: 30, theme: 'dark' })
    expect(heard[1]?.change).toEqual({
      kind: 'settings',
      keys: ['remindersIntervalMin', 'theme'],
    })
    db.close()
  })

  it('hears nothing of a write that is rolled back', () => {
    const { db, heard, stores } = openStores()
    expect(() =>
      inTransaction(db, () => {
        stores.ratings.insertMissing([rating('r1')])
        stores.settings.update({ theme: 'dark' })
        throw new Error('the disk went away')
      }),
    ).toThrow('the disk went away')
    // A write SQLite itself refuses (value outside 0-10) rolls back too.
    expect(() => stores.ratings.restore(rating('r2', 11))).toThrow()
    expect(heard).toEqual([])
    expect(db.prepare('SELECT count(*) AS n FROM ratings').get()).toEqual({ n: 0 })
    db.close()
  })

  it('hears writes of one kind made in one transaction once, when it commits', () => {
    const { db, heard, stores } = openStores()
    inTransaction(db, () => {
      stores.ratings.insertMissing([rating('r1')])
      stores.ratings.insertMissing([rating('r2')])
      expect(heard).toEqual([])
    })
    expect(heard.map((h) => h.change)).toEqual([{ kind: 'data', domain: 'log' }])
    expect(heard[0]).toMatchObject({ committed: true, ratings: 2 })
    db.close()
  })

  it('is the only way changes reach the renderer: one event per committed change', async () => {
    const h = openHost(newFolder(), NOW)
    h.events.length = 0 // the reminder status announced at start
    await h.call('settings:update', { theme: 'dark' })
    await h.call('log:addRating', { value: 3 })
    await h.call('practice:saveCustom', {
      kind: 'breathing',
      name: 'Slow',
      body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 7, holdOut: 0, lengthMin: 5 },
    })
    expect(h.events).toEqual([
      { type: 'settings-changed' },
      { type: 'data-changed', domain: 'log' },
      { type: 'data-changed', domain: 'practice' },
    ])
    h.services.close()
  })
})
