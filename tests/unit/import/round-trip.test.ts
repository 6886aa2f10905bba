import { recordStoresFor, type RecordStores } from '../../../electron/main/transfer/record-stores'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { exportData } from '../../../electron/main/export/export-service'
import { ImportService } from '../../../electron/main/import/import-service'
import { RatingsRepository } from '../../../electron/main/log/ratings-repository'
import { CustomPracticesRepository } from '../../../electron/main/practice/custom-repository'
import { SettingsStore } from '../../../electron/main/settings/settings-store'
import { useTempFolder } from '../../support/temp-folder'
import { addSession, DAY, HOUR, NOW, openLogTestDb } from '../log/log-test-db'

/** Sessions get their id from the player as a UUID; a custom practice's id starts "custom-". */
const SESSION_ID = '5b0c8d1e-2f3a-4b5c-8d6e-7f8091a2b3c4'

function seed(db: Database): RecordStores {
  const ratings = new RatingsRepository(db, () => NOW)
  ratings.add({
    value: 7,
    takenAt: NOW - 3 * DAY,
    regions: { 'left-groin': 6, sacrum: 2 },
    note: 'Long drive, "stiff", then walk\nsecond line',
    tags: ['long drive', 'evening'],
  })
  ratings.add({ value: 0, takenAt: NOW - 2 * DAY, note: '  leading spaces, commas, ok  ' })
  const before = ratings.add({
    value: 6,
    takenAt: NOW - DAY,
    sessionId: SESSION_ID,
    phase: 'before',
  })
  ratings.add({
    value: 3,
    takenAt: NOW - DAY + 10 * 60_000,
    sessionId: SESSION_ID,
    phase: 'after',
  })
  // A rating taken while travelling keeps its own offset.
  db.prepare('UPDATE ratings SET utc_offset_min = -300 WHERE id = ?').run(before.id)
  addSession(db, {
    id: SESSION_ID,
    practiceId: 'belly-breathing',
    title: 'Belly Breathing',
    startedAt: NOW - DAY,
  })
  const custom = new CustomPracticesRepository(db, () => NOW).save({
    kind: 'breathing',
    name: 'My 4-7',
    body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 7, holdOut: 0, lengthMin: 5 },
  })
  db.prepare('UPDATE custom_practices SET created_at = ?, updated_at = ? WHERE id = ?').run(
    NOW - 5 * DAY,
    NOW - 4 * DAY,
    custom.id,
  )
  db.prepare(`INSERT INTO break_events VALUES ('b1', 'taken', ?, 180000, 2700000)`).run(
    NOW - 2 * HOUR,
  )
  db.prepare(`INSERT INTO break_events VALUES ('b2', 'skipped', ?, 0, 3600000)`).run(NOW - HOUR)
  db.prepare("INSERT INTO sitting_spans (id, started_at, ended_at) VALUES ('span-1', ?, ?)").run(
    NOW - 4 * HOUR,
    NOW - 2 * HOUR,
  )
  const settings = new SettingsStore(db, () => NOW)
  settings.update({ theme: 'dark', logCustomTags: ['desk day'], practiceWeeklyTarget: 5 })
  const stores = recordStoresFor(db, () => NOW)
  // Check-ins: answered (one taken while travelling, with its own offset) and skipped.
  const peg = stores.checkins.answer({ instrument: 'peg', answers: [6, 5, 4], takenAt: NOW - DAY })
  db.prepare('UPDATE checkins SET utc_offset_min = 330 WHERE id = ?').run(peg.id)
  stores.checkins.answer({ instrument: 'global-change', answers: [2], takenAt: NOW - HOUR })
  stores.checkins.skip('peg')
  // The session was stopped for discomfort, in two places, with a note.
  stores.stops.record({
    sessionId: SESSION_ID,
    reason: 'discomfort',
    regions: ['sacrum', 'right-buttock'],
    note: 'Ache, "dull", on the second, step',
    stepIndex: 1,
    stepText: '=Belly rise, then fall',
    movement: false,
  })
  return stores
}

function withoutStamp(json: string) {
  const parsed = JSON.parse(json) as Record<string, unknown>
  delete parsed['exportedAt']
  return parsed
}

describe('export and import round trip', () => {
  const tempFolder = useTempFolder()
  const open: Database[] = []
  afterEach(() => {
    for (const db of open.splice(0)) db.close()
  })
  const fresh = () => {
    const db = openLogTestDb(tempFolder())
    open.push(db)
    return db
  }

  it.each(['json', 'csv'] as const)('%s: into an empty profile gives identical data', (format) => {
    const source = fresh()
    const settings = seed(source)
    const file = exportData(source, settings, format, NOW)
    expect(file.counts).toEqual({
      ratings: 4,
      practiceSessions: 1,
      customPractices: 1,
      breaks: 2,
      sittingSpans: 1,
      checkins: 3,
      stopReasons: 1,
    })

    const target = fresh()
    const service = new ImportService(
      target,
      () => NOW + DAY,
      recordStoresFor(target, () => NOW + DAY),
    )
    const preview = service.preview(file.fileName, file.content)
    expect(preview).toMatchObject({ valid: true, summary: { format, added: file.counts } })
    const result = service.commit(file.fileName, file.content, true)
    expect(result.added).toEqual(file.counts)

    const again = exportData(
      target,
      recordStoresFor(target, () => NOW),
      format,
      NOW,
    )
    if (format === 'json') expect(withoutStamp(again.content)).toEqual(withoutStamp(file.content))
    else expect(again.content).toBe(file.content)
  })

  it('skips and counts records that are already there, and adds only the new ones', () => {
    const db = fresh()
    const settings = seed(db)
    const file = exportData(db, settings, 'json', NOW)
    new RatingsRepository(db, () => NOW).remove(
      (db.prepare('SELECT id FROM ratings ORDER BY taken_at LIMIT 1').get() as { id: string }).id,
    )
    const service = new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    )
    const result = service.commit(file.fileName, file.content, false)
    expect(result.added).toEqual({
      ratings: 1,
      practiceSessions: 0,
      customPractices: 0,
      breaks: 0,
      sittingSpans: 0,
      checkins: 0,
      stopReasons: 0,
    })
    expect(result.skipped).toEqual({
      ratings: 3,
      practiceSessions: 1,
      customPractices: 1,
      breaks: 2,
      sittingSpans: 1,
      checkins: 3,
      stopReasons: 1,
    })
    expect(result.settingsApplied).toBe(0)
  })

  it('a JSON file keeps check-ins and stop reasons exactly, and an older file without them still imports', () => {
    const source = fresh()
    const stores = seed(source)
    const file = exportData(source, stores, 'json', NOW)
    const parsed = JSON.parse(file.content) as Record<string, unknown>
    expect(parsed['checkins']).toEqual([
      {
        id: expect.any(String) as string,
        instrument: 'peg',
        status: 'answered',
        takenAt: expect.stringMatching(/\+05:30$/) as string,
        answers: [6, 5, 4],
      },
      expect.objectContaining({ instrument: 'global-change', answers: [2] }),
      expect.objectContaining({ instrument: 'peg', status: 'skipped', answers: [] }),
    ])
    expect(parsed['stopReasons']).toEqual([
      expect.objectContaining({
        sessionId: SESSION_ID,
        reason: 'discomfort',
        regions: ['sacrum', 'right-buttock'],
        stepText: '=Belly rise, then fall',
      }),
    ])
    const target = fresh()
    const targetStores = recordStoresFor(target, () => NOW + DAY)
    new ImportService(target, () => NOW + DAY, targetStores).commit('b.json', file.content, false)
    expect(targetStores.checkins.list()).toEqual(stores.checkins.list())
    expect(targetStores.stops.all()).toEqual(stores.stops.all())

    // A file from before check-ins and stop reasons existed.
    const older = { ...parsed }
    delete older['checkins']
    delete older['stopReasons']
    const empty = fresh()
    const result = new ImportService(
      empty,
      () => NOW,
      recordStoresFor(empty, () => NOW),
    ).commit('old.json', JSON.stringify(older), false)
    expect(result.added).toMatchObject({ ratings: 4, checkins: 0, stopReasons: 0 })
  })

  it('refuses a check-in or stop reason the app would refuse, in its words, and imports nothing', () => {
    const source = fresh()
    const file = JSON.parse(exportData(source, seed(source), 'json', NOW).content) as Record<
      string,
      unknown[]
    >
    const cases: [string, unknown, string][] = [
      [
        'checkins',
        { ...(file['checkins']?.[0] as object), answers: [6, 11, 4] },
        'checkins record 1, answers.1: The highest answer is 10.',
      ],
      [
        'checkins',
        { ...(file['checkins']?.[2] as object), answers: [1, 2, 3] },
        'checkins record 1, answers: A skipped check-in has no answers.',
      ],
      [
        'stopReasons',
        {
          ...(file['stopReasons']?.[0] as object),
          sessionId: '11111111-2222-4333-8444-555555555555',
        },
        'stopReasons record 1, sessionId: That session is not saved, so the reason for stopping cannot be added to it.',
      ],
      [
        'stopReasons',
        { ...(file['stopReasons']?.[0] as object), regions: ['knee'] },
        'stopReasons record 1, regions.0: "knee" is not a body-map region.',
      ],
    ]
    for (const [list, record, message] of cases) {
      const target = fresh()
      const stores = recordStoresFor(target, () => NOW)
      const text = JSON.stringify({ formatVersion: 1, [list]: [record] })
      const service = new ImportService(target, () => NOW, stores)
      expect(() => service.commit('bad.json', text, false)).toThrow(message)
      expect(stores.checkins.list()).toEqual([])
      expect(stores.stops.all()).toEqual([])
    }
  })

  it('imports a simple ratings CSV from elsewhere, giving each row a new id', () => {
    const db = fresh()
    const service = new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    )
    const text =
      '\uFEFFtime,value,tags\r\n2026-11-20T08:00:00+01:00,5,morning|stressed\r\n2026-11-21T08:00:00Z,2,\r\n'
    expect(service.commit('other-app.csv', text, false).added.ratings).toBe(2)
    const rows = new RatingsRepository(db, () => NOW).list().ratings
    expect(rows.map((r) => [r.value, r.utcOffsetMin, r.tags])).toEqual([
      [2, 0, []],
      [5, 60, ['morning', 'stressed']],
    ])
  })
})
