import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CANCELLED_MESSAGE } from '../../../electron/main/import/import-hooks'
import { useTempFolder } from '../../support/temp-folder'
import type { LoosenEvent } from '../../../electron/shared/contract/events'
import { countRows, exportOf, openProfile } from './transfer-world'

/** The events that report committed changes (the reminders also send their own status). */
const changes = (events: LoosenEvent[]) =>
  events.filter((e) => e.type === 'data-changed' || e.type === 'settings-changed')

describe('import and export run in a worker thread', () => {
  const temp = useTempFolder('loosen-transfer-')

  it('imports through the worker; main publishes after the commit, with the rows already there', async () => {
    const text = await exportOf(join(temp(), 'from'), 3_000)
    const { services, events } = openProfile(join(temp(), 'to'))
    try {
      const seenAtEvent: number[] = []
      const emit = events.push.bind(events)
      events.push = (...items) => {
        for (const item of items)
          if (item.type === 'data-changed') seenAtEvent.push(countRows(services, 'ratings'))
        return emit(...items)
      }
      const preview = await services.dispatch('log:previewImport', { fileName: 'a.json', text })
      expect(preview).toMatchObject({ ok: true, value: { valid: true } })
      expect(changes(events)).toEqual([])
      const result = await services.dispatch('log:commitImport', {
        fileName: 'a.json',
        text,
        applySettings: false,
      })
      expect(result).toMatchObject({ ok: true, value: { added: { ratings: 3_000 } } })
      expect(countRows(services, 'ratings')).toBe(3_000)
      // Heard once per domain, and only after main could read what the worker wrote.
      expect(seenAtEvent.length).toBeGreaterThan(0)
      expect(seenAtEvent.every((n) => n === 3_000)).toBe(true)
      // Insights see the worker's commit although main's connection wrote nothing.
      const insights = await services.dispatch('log:insights', { range: 'all' })
      expect(JSON.stringify(insights)).toContain('3000')
    } finally {
      services.close()
    }
  }, 120_000)

  it('a cancelled import writes nothing, and the next one works', async () => {
    const text = await exportOf(join(temp(), 'from'), 3_000)
    const { services, events } = openProfile(join(temp(), 'to'))
    try {
      const commit = services.dispatch('log:commitImport', {
        fileName: 'a.json',
        text,
        applySettings: false,
      })
      expect(await services.dispatch('log:transferStatus', undefined)).toMatchObject({
        ok: true,
        value: { running: true, kind: 'commit' },
      })
      expect(await services.dispatch('log:cancelTransfer', undefined)).toEqual({
        ok: true,
        value: true,
      })
      expect(await commit).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: CANCELLED_MESSAGE },
      })
      expect(countRows(services, 'ratings')).toBe(0)
      expect(countRows(services, 'practice_sessions')).toBe(0)
      expect(changes(events)).toEqual([])
      expect(await services.dispatch('log:transferStatus', undefined)).toMatchObject({
        value: { running: false },
      })
      expect(await services.dispatch('log:cancelTransfer', undefined)).toEqual({
        ok: true,
        value: false,
      })
      const again = await services.dispatch('log:commitImport', {
        fileName: 'a.json',
        text,
        applySettings: false,
      })
      expect(again.ok).toBe(true)
      expect(countRows(services, 'ratings')).toBe(3_000)
    } finally {
      services.close()
    }
  }, 120_000)

  it('exports through the worker what was imported, so the file imports back', async () => {
    const text = await exportOf(join(temp(), 'from'), 2_000)
    const { services } = openProfile(join(temp(), 'to'))
    try {
      await services.dispatch('log:commitImport', { fileName: 'a.json', text, applySettings: true })
      const again = await services.dispatch('log:export', { format: 'json' })
      expect(again).toMatchObject({ ok: true, value: { counts: { ratings: 2_000 } } })
    } finally {
      services.close()
    }
  }, 120_000)
})
