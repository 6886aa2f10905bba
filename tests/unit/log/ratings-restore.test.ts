import { afterEach, describe, expect, it } from 'vitest'
import type { Change } from '../../../electron/main/core/change-bus'
import type { Database } from '../../../electron/main/db/sqlite'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import type { Rating } from '../../../electron/shared/contract/log'
import { useTempFolder } from '../../support/temp-folder'
import { FakeClock, HOUR, NOW, openLogTestDb } from './log-test-db'

/** restore() no longer reads the rating back: what it answers must still be what the log holds. */
describe('ratings repository: restore without reading back', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => db?.close())

  function setup() {
    db = openLogTestDb(tempFolder())
    const heard: Change[] = []
    const repo = new RatingsRepository(db, new FakeClock(NOW).now, {
      publish: (change) => heard.push(change),
    })
    return { repo, heard }
  }

  const snapshot: Rating = {
    id: 'r-1',
    value: 6,
    takenAt: NOW - HOUR,
    utcOffsetMin: 60,
    // Regions out of key order; tags repeated and in an order where UTF-16 and SQLite's UTF-8
    // byte order differ (U+FB00 sorts before an emoji in UTF-8, after it in UTF-16).
    regions: { 'right-groin': 3, 'left-front-hip': 7 },
    note: 'after the long drive',
    tags: ['ﬀ', 'evening', '😀', 'Ärger', 'evening', 'Zeh'],
    sessionId: 's-1',
    phase: 'before',
  }

  it('answers exactly what the log reads afterwards, and publishes the change once', () => {
    const { repo, heard } = setup()
    const restored = repo.restore(snapshot)
    const stored = repo.get(snapshot.id)
    expect(restored).toEqual(stored)
    expect(restored.tags).toEqual(stored?.tags)
    expect(Object.keys(restored.regions)).toEqual(Object.keys(stored?.regions ?? {}))
    expect(restored.tags).toEqual(['Zeh', 'evening', 'Ärger', 'ﬀ', '😀'])
    expect(heard).toEqual([{ kind: 'data', domain: 'log' }])
  })

  it('refuses a taken id, changing and publishing nothing', () => {
    const { repo, heard } = setup()
    const first = repo.restore(snapshot)
    heard.length = 0
    expect(() => repo.restore({ ...snapshot, value: 1, tags: ['other'] })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    )
    expect(repo.get(snapshot.id)).toEqual(first)
    expect(heard).toEqual([])
  })

  it('says "already" before "future" for a taken id dated in the future, as before', () => {
    const { repo } = setup()
    repo.restore(snapshot)
    expect(() => repo.restore({ ...snapshot, takenAt: NOW + 2 * HOUR })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    )
  })

  it('refuses a free id dated in the future, writing and publishing nothing', () => {
    const { repo, heard } = setup()
    expect(() => repo.restore({ ...snapshot, takenAt: NOW + 2 * HOUR })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'takenAt' }),
    )
    expect(repo.get(snapshot.id)).toBeNull()
    expect(heard).toEqual([])
  })

  it('restores a deleted rating without its old regions or tags coming back twice', () => {
    const { repo } = setup()
    repo.restore(snapshot)
    const removed = repo.remove(snapshot.id)
    const again = repo.restore({ ...removed, regions: { 'left-groin': 2 }, tags: ['new'] })
    expect(repo.get(snapshot.id)).toEqual(again)
    expect(again.regions).toEqual({ 'left-groin': 2 })
    expect(again.tags).toEqual(['new'])
  })

  it('finds which of 25,000 ids are taken in chunks (the first, the last, repeats)', () => {
    const { repo } = setup()
    const taken = ['id-0', 'id-12345', 'id-24999']
    for (const id of taken) repo.restore({ ...snapshot, id })
    const ids = Array.from({ length: 25_000 }, (_, i) => `id-${i}`)
    ids.push('id-24999', 'id-0')
    expect([...repo.existing(ids)].sort()).toEqual([...taken].sort())
    expect(repo.existing([]).size).toBe(0)
  })
})
