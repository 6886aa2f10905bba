import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { ExportFile, ImportPreview } from '../../../electron/shared/log/transfer-types'
import type { ImportResult } from '../../../electron/shared/contract/log'
import { useTempFolder } from '../../support/temp-folder'
import { MIN, openHost, type Host } from './host'

const newFolder = useTempFolder('loosen-profiles-')
const DAY = 86_400_000

/** A morning on one computer: ratings, a session, an own practice, a break and sitting records. */
async function liveADay(h: Host, note: string): Promise<void> {
  const sessionId = randomUUID()
  const startedAt = h.clock.t
  await h.call('log:addRating', { value: 6, note, sessionId, phase: 'before', tags: ['desk'] })
  h.clock.t += 5 * MIN
  await h.call('practice:recordSession', {
    id: sessionId,
    practiceId: 'belly-breathing',
    practiceTitle: 'Belly Breathing',
    plannedMs: 5 * MIN,
    actualMs: 5 * MIN,
    status: 'completed',
    startedAt,
    endedAt: startedAt + 5 * MIN,
  })
  await h.call('log:addRating', { value: 3, regions: { sacrum: 2 }, sessionId, phase: 'after' })
  await h.call('practice:saveCustom', {
    kind: 'breathing',
    name: `${note} 4-7`,
    body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 7, holdOut: 0, lengthMin: 5 },
  })
  h.advance(45 * MIN) // the break falls due
  await h.call('reminders:takeBreak') // a "taken" break and the sitting stretch before it
  h.advance(10 * MIN)
  await h.call('reminders:skip').catch(() => undefined)
  h.advance(50 * MIN)
  await h.call('reminders:skip') // a "skipped" break
}

function parse(file: ExportFile) {
  return JSON.parse(file.content) as Record<string, { id: string }[]>
}

const KINDS = ['ratings', 'practiceSessions', 'customPractices', 'breaks', 'sittingSpans'] as const

describe('an export from one computer imported on another', () => {
  it.each(['json', 'csv'] as const)(
    '%s: adds every record of A to B, skips none of B, and both keep exact contents',
    async (format) => {
      const a = openHost(newFolder(), Date.parse('2026-03-02T08:00:00Z'))
      const b = openHost(newFolder(), Date.parse('2026-03-02T08:00:00Z') + DAY)
      await liveADay(a, 'computer A')
      await liveADay(b, 'computer B')
      const fromA = await a.call<ExportFile>('log:export', { format })
      const beforeB = parse(await b.call<ExportFile>('log:export', { format: 'json' }))
      for (const kind of KINDS) expect(fromA.counts[kind]).toBeGreaterThan(0)
      expect(fromA.counts.sittingSpans).toBe(beforeB['sittingSpans']?.length)

      const preview = await b.call<ImportPreview>('log:previewImport', {
        fileName: fromA.fileName,
        text: fromA.content,
      })
      const none = {
        ratings: 0,
        practiceSessions: 0,
        customPractices: 0,
        breaks: 0,
        sittingSpans: 0,
        checkins: 0,
        stopReasons: 0,
      }
      expect(preview).toMatchObject({
        valid: true,
        summary: { added: fromA.counts, skipped: none },
      })
      const result = await b.call<ImportResult>('log:commitImport', {
        fileName: fromA.fileName,
        text: fromA.content,
        applySettings: false,
      })
      expect(result.added).toEqual(fromA.counts)
      expect(result.skipped).toEqual(none)

      const afterB = parse(await b.call<ExportFile>('log:export', { format: 'json' }))
      const ofA = parse(await a.call<ExportFile>('log:export', { format: 'json' }))
      for (const kind of KINDS) {
        const merged = afterB[kind] ?? []
        expect(merged).toHaveLength((ofA[kind]?.length ?? 0) + (beforeB[kind]?.length ?? 0))
        // Every record of both computers is there, exactly as it was.
        for (const record of [...(ofA[kind] ?? []), ...(beforeB[kind] ?? [])]) {
          expect(merged).toContainEqual(record)
        }
      }

      // The same file again adds nothing: each record is recognised by its global id.
      const again = await b.call<ImportResult>('log:commitImport', {
        fileName: fromA.fileName,
        text: fromA.content,
        applySettings: false,
      })
      expect(again.added).toEqual(none)
      expect(again.skipped).toEqual(fromA.counts)
      a.services.close()
      b.services.close()
    },
  )

  it('takes numbered sitting periods from an older version as new ones, not as "already there"', async () => {
    const b = openHost(newFolder(), Date.parse('2026-03-03T08:00:00Z'))
    await liveADay(b, 'computer B')
    const old = JSON.stringify({
      formatVersion: 1,
      sittingSpans: [
        { id: 1, startedAt: '2026-03-01T09:00:00Z', endedAt: '2026-03-01T09:40:00Z' },
        { id: 2, startedAt: '2026-03-01T10:00:00Z', endedAt: '2026-03-01T10:30:00Z' },
      ],
    })
    const first = await b.call<ImportResult>('log:commitImport', {
      fileName: 'old.json',
      text: old,
      applySettings: false,
    })
    expect(first.added.sittingSpans).toBe(2)
    expect(first.skipped.sittingSpans).toBe(0)
    const second = await b.call<ImportResult>('log:commitImport', {
      fileName: 'old.json',
      text: old,
      applySettings: false,
    })
    expect(second.skipped.sittingSpans).toBe(2)
    b.services.close()
  })
})
