import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { ApiFailure } from '../../../electron/main/core/api-failure'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { useTempFolder } from '../../support/temp-folder'
import { FakeClock, HOUR, NOW, openLogTestDb } from './log-test-db'

describe('ratings repository', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => db?.close())

  function setup() {
    db = openLogTestDb(tempFolder())
    const clock = new FakeClock(NOW)
    return { repo: new RatingsRepository(db, clock.now), clock }
  }

  it('saves a rating with regions, note and tags, stamped now by default', () => {
    const { repo } = setup()
    const saved = repo.add({
      value: 6,
      regions: { 'left-groin': 7, sacrum: 3 },
      note: 'long meeting',
      tags: ['stressed', 'after sitting'],
    })
    expect(saved).toMatchObject({
      value: 6,
      takenAt: NOW,
      regions: { 'left-groin': 7, sacrum: 3 },
      note: 'long meeting',
      tags: ['after sitting', 'stressed'],
      sessionId: null,
      phase: null,
    })
    expect(repo.get(saved.id)).toEqual(saved)
  })

  it('keeps the practice player call working: value, session and phase only', () => {
    const { repo } = setup()
    const saved = repo.add({ value: 4, sessionId: 'session-1', phase: 'before' })
    expect(saved).toMatchObject({ value: 4, sessionId: 'session-1', phase: 'before' })
  })

  it('accepts a time moved back and refuses one in the future, writing nothing', () => {
    const { repo } = setup()
    expect(repo.add({ value: 3, takenAt: NOW - 5 * HOUR }).takenAt).toBe(NOW - 5 * HOUR)
    expect(() => repo.add({ value: 3, takenAt: NOW + HOUR })).toThrow(ApiFailure)
    expect(repo.list().total).toBe(1)
  })

  it('lists newest first in stable pages', () => {
    const { repo } = setup()
    for (let i = 0; i < 7; i++) repo.add({ value: i, takenAt: NOW - i * HOUR })
    // Two at the same instant must not be lost or repeated across a page boundary.
    repo.add({ value: 9, takenAt: NOW - 3 * HOUR })
    const seen: number[] = []
    let page = repo.list(3)
    expect(page.total).toBe(8)
    seen.push(...page.ratings.map((r) => r.takenAt))
    while (page.next) {
      page = repo.list(3, page.next)
      seen.push(...page.ratings.map((r) => r.takenAt))
    }
    expect(seen).toHaveLength(8)
    expect([...seen].sort((a, b) => b - a)).toEqual(seen)
  })

  it('edits every field, and an edit back to the old values restores it exactly', () => {
    const { repo } = setup()
    const original = repo.add({
      value: 5,
      regions: { 'lower-back': 4 },
      note: 'a',
      tags: ['morning'],
    })
    const edited = repo.update({
      id: original.id,
      value: 2,
      takenAt: NOW - 2 * HOUR,
      regions: { 'pelvic-floor': 1 },
      note: 'better',
      tags: [],
    })
    expect(edited).toMatchObject({
      value: 2,
      takenAt: NOW - 2 * HOUR,
      regions: { 'pelvic-floor': 1 },
      note: 'better',
      tags: [],
    })
    expect(() => repo.update({ ...edited, takenAt: NOW + HOUR })).toThrow(/future/)
    const undone = repo.update({ ...original })
    expect(undone).toEqual(original)
  })

  it('deletes and restores a rating exactly as it was', () => {
    const { repo } = setup()
    const original = repo.add({
      value: 8,
      regions: { 'right-buttock': 9 },
      tags: ['evening'],
      sessionId: 's',
      phase: 'after',
    })
    const removed = repo.remove(original.id)
    expect(removed).toEqual(original)
    expect(repo.get(original.id)).toBeNull()
    expect(repo.restore(removed)).toEqual(original)
    expect(() => repo.restore(removed)).toThrow(/already/)
  })

  it('answers not_found for a rating that does not exist', () => {
    const { repo } = setup()
    expect(() => repo.remove('missing')).toThrow(expect.objectContaining({ code: 'not_found' }))
  })
})
