import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { latestSchemaVersion } from '../../../electron/main/migrations'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import type { ChannelName, RequestOf, ResponseOf } from '../../../electron/shared/contract'
import {
  expectedBreaks,
  expectedCustomPractices,
  expectedRatings,
  expectedSessions,
  expectedSettings,
  expectedSpanTimes,
  expectedWeek,
} from '../../fixtures/db/expected-reads'
import { readOldFile } from '../../fixtures/db/old-rows'
import { useTempFolder } from '../../support/temp-folder'

/**
 * Real database files as Loosen schema versions 1 to 5 left them (tests/fixtures/db, frozen),
 * opened by today's app with every migration it has: nothing the user saved may be lost.
 */
const FIXTURES = join(__dirname, '../../fixtures/db')
const VERSIONS = [1, 2, 3, 4, 5]
/** The fixtures' last records are from 07:55 UTC that day; the daily reminder rang at 08:00. */
const NOW = Date.parse('2026-11-23T08:30:00Z')

function checksums(): Map<string, string> {
  const lines = readFileSync(join(FIXTURES, 'SHA256SUMS'), 'utf8').trim().split('\n')
  return new Map(lines.map((line) => [line.split(/\s+/)[1] ?? '', line.split(/\s+/)[0] ?? '']))
}

async function read<C extends ChannelName>(
  main: MainServices,
  channel: C,
  payload?: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const answer = await main.dispatch(channel, payload)
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
  return answer.value as ResponseOf<C>
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id))

describe('upgrading a database file from an earlier schema', () => {
  const tempFolder = useTempFolder('loosen-upgrade-')

  for (const version of VERSIONS) {
    const name = `loosen-v${String(version)}.db`

    it(`keeps every record of a schema ${String(version)} file, readable through the app`, async () => {
      const fixture = join(FIXTURES, name)
      // Frozen: a fixture remade with later migrations would no longer be an old file.
      const hash = createHash('sha256').update(readFileSync(fixture)).digest('hex')
      expect(hash, `${name} differs from SHA256SUMS; fixtures must never be remade`).toBe(
        checksums().get(name),
      )
      const old = readOldFile(fixture)
      expect(old.userVersion).toBe(version)

      const folder = tempFolder()
      const file = join(folder, 'loosen.db')
      copyFileSync(fixture, file)
      const world = createManualWorld('UTC')
      const errors: string[] = []
      const main = createMainServices({
        dataFolder: folder,
        appVersion: '0.0.0-test',
        platform: 'linux',
        now: () => NOW,
        emit: () => undefined,
        log: { error: (message, error) => errors.push(`${message}: ${String(error)}`) },
        reminders: world,
      })
      try {
        const { migration, recovery } = main.database
        expect(recovery, 'the old file was moved aside as unreadable').toBeNull()
        expect(migration).toMatchObject({ from: version, to: latestSchemaVersion })

        // A copy of the file as it was is written before the first step of the upgrade.
        if (version < latestSchemaVersion) {
          const first = migration.backups[0] ?? ''
          expect(first).toMatch(new RegExp(`^${file}\\.before-v${String(version + 1)}-.+\\.bak$`))
          expect(existsSync(first)).toBe(true)
          expect(readOldFile(first)).toEqual(old)
        } else {
          expect(migration.backups).toEqual([])
        }

        const db = main.database.db
        expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }])
        expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
        expect(db.prepare('PRAGMA user_version').get()).toEqual({
          user_version: latestSchemaVersion,
        })

        const { tables } = old
        expect(await read(main, 'settings:get')).toMatchObject(expectedSettings(tables['settings']))

        const page = await read(main, 'log:listRatings', { limit: 200 })
        expect(page.total).toBe(tables['ratings']?.length ?? 0)
        const ratings = byId(page.ratings).map((r) => ({ ...r, tags: [...r.tags].sort() }))
        expect(ratings).toEqual(expectedRatings(tables))

        const sessions = await read(main, 'practice:listSessions', { limit: 500 })
        expect(byId(sessions)).toEqual(expectedSessions(tables['practice_sessions']))
        const custom = await read(main, 'practice:listCustom')
        expect(byId(custom)).toEqual(expectedCustomPractices(tables['custom_practices']))

        // Breaks and sitting periods of every day, through the export, and the week's figures.
        const exported = JSON.parse(
          (await read(main, 'log:export', { format: 'json' })).content,
        ) as {
          breaks: { id: string; occurredAt: string }[]
          sittingSpans: { startedAt: string; endedAt: string }[]
        }
        const breaks = exported.breaks.map((b) => ({ ...b, occurredAt: Date.parse(b.occurredAt) }))
        expect(byId(breaks)).toEqual(expectedBreaks(tables['break_events']))
        const spans = exported.sittingSpans
          .map((s): [number, number] => [Date.parse(s.startedAt), Date.parse(s.endedAt)])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        expect(spans).toEqual(expectedSpanTimes(tables['sitting_spans']))
        expect(await read(main, 'reminders:week')).toEqual(expectedWeek(tables, NOW))
        const today = await read(main, 'reminders:today')
        expect(byId(today.breaks)).toEqual(
          expectedBreaks(tables['break_events']).filter((b) => b.occurredAt >= NOW - (NOW % 864e5)),
        )

        // The pause the user chose survives, and a daily reminder already shown today stays quiet.
        const status = await read(main, 'reminders:state')
        const paused = (tables['reminder_state'] ?? []).some((r) => r['key'] === 'pause')
        expect(status.pausedIndefinitely).toBe(paused)
        if (paused) expect(status.phase).toBe('paused')
        const shownToday = (tables['daily_reminder_log'] ?? []).some(
          (r) => r['local_date'] === '2026-11-23',
        )
        if (shownToday) expect(world.notifier.shown.filter((n) => n.kind === 'daily')).toEqual([])
        expect(errors).toEqual([])
      } finally {
        main.close()
      }
      // The upgraded file opens again as it is, with nothing left to migrate.
      const again = new DatabaseSync(file, { readOnly: true })
      expect(again.prepare('PRAGMA user_version').get()).toEqual({
        user_version: latestSchemaVersion,
      })
      again.close()
    })
  }
})
