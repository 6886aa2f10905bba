import { mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../../electron/main/import/import-content'
import type { LoosenEvent } from '../../../electron/shared/contract/events'
import { useTempFolder } from '../../support/temp-folder'
import { countRows, exportOf, openProfile, type Profile } from './transfer-world'

const TABLES = ['ratings', 'practice_sessions', 'settings'] as const

const changes = (events: LoosenEvent[]) =>
  events.filter((e) => e.type === 'data-changed' || e.type === 'settings-changed')

/** Asks main to preview and import the file at `path`; nothing may be written or published. */
async function refusedByPath({ services, events }: Profile, path: string) {
  const before = TABLES.map((table) => countRows(services, table))
  const preview = await services.dispatch('log:previewImport', { fileName: 'a.json', path })
  const commit = await services.dispatch('log:commitImport', {
    fileName: 'a.json',
    path,
    applySettings: true,
  })
  expect(TABLES.map((table) => countRows(services, table))).toEqual(before)
  expect(changes(events)).toEqual([])
  return { preview, commit }
}

describe('import of a picked file by its path: the worker reads it from disk', () => {
  const temp = useTempFolder('loosen-import-path-')
  /** Runs `use` on a fresh, empty profile, closed afterwards whatever happens. */
  const inProfile = async (use: (profile: Profile) => Promise<void>) => {
    const profile = openProfile(join(temp(), 'to'))
    try {
      await use(profile)
    } finally {
      profile.services.close()
    }
  }

  it('previews and imports a file on disk given by its path', async () => {
    const file = join(temp(), 'loosen-export.json')
    writeFileSync(file, await exportOf(join(temp(), 'from'), 3_000))
    await inProfile(async (profile) => {
      const { services } = profile
      const preview = await services.dispatch('log:previewImport', {
        fileName: 'a.json',
        path: file,
      })
      expect(preview).toMatchObject({
        ok: true,
        value: { valid: true, summary: { added: { ratings: 3_000 } } },
      })
      expect(countRows(services, 'ratings')).toBe(0)
      const result = await services.dispatch('log:commitImport', {
        fileName: 'a.json',
        path: file,
        applySettings: false,
      })
      expect(result).toMatchObject({ ok: true, value: { added: { ratings: 3_000 } } })
      expect(countRows(services, 'ratings')).toBe(3_000)
      expect(changes(profile.events).length).toBeGreaterThan(0)
    })
  }, 120_000)

  it('checks a file again when it changed between preview and import', async () => {
    const file = join(temp(), 'picked.json')
    writeFileSync(file, await exportOf(join(temp(), 'big'), 3_000))
    const smaller = await exportOf(join(temp(), 'small'), 40)
    await inProfile(async (profile) => {
      const { services } = profile
      const preview = await services.dispatch('log:previewImport', {
        fileName: 'a.json',
        path: file,
      })
      expect(preview).toMatchObject({ ok: true, value: { summary: { added: { ratings: 3_000 } } } })
      // Saved over by another export before the person pressed Import: that file is imported.
      writeFileSync(file, smaller)
      const result = await services.dispatch('log:commitImport', {
        fileName: 'a.json',
        path: file,
        applySettings: false,
      })
      expect(result).toMatchObject({ ok: true, value: { added: { ratings: 40 } } })
      expect(countRows(services, 'ratings')).toBe(40)
    })
  }, 120_000)

  it('reads the file as the page would: UTF-8 with its byte order mark dropped', async () => {
    const file = join(temp(), 'with-bom.csv')
    writeFileSync(file, '\uFEFFtime,value,note\n2026-11-20T08:00:00Z,4,Grüße ☀\n')
    await inProfile(async (profile) => {
      const { services } = profile
      const result = await services.dispatch('log:commitImport', {
        fileName: 'with-bom.csv',
        path: file,
        applySettings: false,
      })
      expect(result).toMatchObject({ ok: true, value: { added: { ratings: 1 } } })
      const note = services.database.db.prepare('SELECT note FROM ratings').get() as {
        note: string
      }
      expect(note.note).toBe('Grüße ☀')
    })
  }, 60_000)

  it('refuses a missing file by name, and writes nothing', async () => {
    await inProfile(async (profile) => {
      const missing = join(temp(), 'gone.json')
      const { preview, commit } = await refusedByPath(profile, missing)
      for (const answer of [preview, commit]) {
        expect(answer).toMatchObject({ ok: false, error: { code: 'not_found', field: 'path' } })
        expect(answer.ok ? '' : answer.error.message).toBe(
          `The file ${missing} is not there any more. Pick it again.`,
        )
      }
    })
  }, 60_000)

  it('refuses a folder, and writes nothing', async () => {
    await inProfile(async (profile) => {
      const folder = join(temp(), 'a-folder.json')
      mkdirSync(folder)
      const { preview, commit } = await refusedByPath(profile, folder)
      for (const answer of [preview, commit]) {
        expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'path' } })
        expect(answer.ok ? '' : answer.error.message).toBe(
          `${folder} is a folder or a device, not a file. Pick a JSON or CSV file.`,
        )
      }
    })
  }, 60_000)

  it('refuses a file over the cap before reading it, and writes nothing', async () => {
    await inProfile(async (profile) => {
      const huge = join(temp(), 'huge.json')
      // Sparse: its size is over the cap without a byte of it on the disk.
      writeFileSync(huge, '')
      truncateSync(huge, MAX_IMPORT_BYTES + 1)
      const { preview, commit } = await refusedByPath(profile, huge)
      for (const answer of [preview, commit]) {
        expect(answer).toMatchObject({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'The file is too large to import (over 500 MB).',
          },
        })
      }
    })
  }, 60_000)

  it('refuses a path that is not absolute, or both a path and a text, before any work', async () => {
    await inProfile(async (profile) => {
      const { preview } = await refusedByPath(profile, 'loosen-export.json')
      expect(preview).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field: 'path' },
      })
      expect(preview.ok ? '' : preview.error.message).toContain('must be a full path')
      const both = await profile.services.dispatch('log:previewImport', {
        fileName: 'a.json',
        path: join(temp(), 'a.json'),
        text: '{"formatVersion":1}',
      })
      expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(both.ok ? '' : both.error.message).toContain('not both')
      const neither = await profile.services.dispatch('log:previewImport', { fileName: 'a.json' })
      expect(neither).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    })
  }, 60_000)
})
