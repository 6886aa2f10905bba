import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ApiFailure } from '../../../electron/main/core/api-failure'
import { createDispatcher, type Handlers } from '../../../electron/main/ipc/dispatch'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { contract } from '../../../electron/shared/contract'
import { useTempFolder } from '../../support/temp-folder'

function silentLog() {
  const errors: string[] = []
  return { errors, log: { error: (message: string) => errors.push(message) } }
}

describe('the IPC dispatcher', () => {
  const tempFolder = useTempFolder()

  function services(): MainServices {
    return createMainServices({
      dataFolder: join(tempFolder(), 'data'),
      appVersion: '1.2.3',
      platform: 'linux',
      now: () => Date.parse('2026-11-23T10:00:00Z'),
      emit: () => undefined,
      log: silentLog().log,
    })
  }

  it('answers an unknown channel with a typed error', async () => {
    const main = services()
    await expect(main.dispatch('settings:destroy', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'There is no request called "settings:destroy".' },
    })
    await expect(main.dispatch('__proto__', undefined)).resolves.toMatchObject({
      error: { code: 'unknown_channel' },
    })
    main.close()
  })

  const malformed: Array<[string, unknown, string | undefined]> = [
    ['settings:update', { theme: 'purple' }, 'theme'],
    ['settings:update', { showStreaks: 'yes' }, 'showStreaks'],
    ['settings:update', { firstRunAcknowledged: 1 }, 'firstRunAcknowledged'],
    ['settings:update', { theme: 'dark', extra: true }, 'extra'],
    ['settings:update', {}, undefined],
    ['settings:update', null, undefined],
    ['settings:get', { anything: 1 }, undefined],
    ['app:info', 'hello', undefined],
    ['log:addRating', { value: 11 }, 'value'],
    ['log:addRating', { value: 4.5 }, 'value'],
    ['log:addRating', { value: 4, regions: { knee: 3 } }, 'regions.knee'],
    ['log:addRating', { value: 4, note: 'x'.repeat(1001) }, 'note'],
  ]

  for (const [channel, payload, field] of malformed) {
    it(`rejects ${channel} ${(JSON.stringify(payload) as string | undefined) ?? 'undefined'}${field ? ` naming "${field}"` : ''}, changing nothing`, async () => {
      const main = services()
      const before = main.settings.read()
      const result = await main.dispatch(channel, payload)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.message.length).toBeGreaterThan(5)
      if (field) expect(result.error.field).toBe(field)
      expect(main.settings.read()).toEqual(before)
      const ratings = main.database.db.prepare('SELECT count(*) AS n FROM ratings').get()
      expect(ratings).toEqual({ n: 0 })
      main.close()
    })
  }

  it('turns a thrown ApiFailure into its typed error', async () => {
    const { log, errors } = silentLog()
    const handlers = {
      'settings:get': () => {
        throw new ApiFailure('not_found', 'Nothing here.', 'theme')
      },
    } as unknown as Handlers
    const dispatch = createDispatcher(handlers, log)
    await expect(dispatch('settings:get', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Nothing here.', field: 'theme' },
    })
    expect(errors).toEqual([])
  })

  it('never lets a raw exception cross, and logs it', async () => {
    const { log, errors } = silentLog()
    const handlers = {
      'settings:get': () => {
        throw new TypeError('secret internals at /home/user/x.js:1')
      },
    } as unknown as Handlers
    const result = await createDispatcher(handlers, log)('settings:get', undefined)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside Loosen. Nothing was changed.',
      },
    })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(errors).toHaveLength(1)
  })

  it('explains a full disk in words a person can act on', async () => {
    const handlers = {
      'settings:get': () => {
        throw Object.assign(new Error('database or disk is full'), { errcode: 13 })
      },
    } as unknown as Handlers
    const result = await createDispatcher(handlers, silentLog().log)('settings:get', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_full' } })
    if (!result.ok) expect(result.error.message).toMatch(/disk is full.*saved earlier is safe/s)
  })

  it('has a zod schema for every channel', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(typeof spec.request.safeParse, name).toBe('function')
    }
  })

  it('saves a valid rating and reports the app info', async () => {
    const main = services()
    const saved = await main.dispatch('log:addRating', { value: 6, regions: { sacrum: 4 } })
    expect(saved).toMatchObject({ ok: true, value: { value: 6, regions: { sacrum: 4 } } })
    const future = await main.dispatch('log:addRating', {
      value: 3,
      takenAt: Date.parse('2026-11-24T10:00:00Z'),
    })
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'takenAt' } })
    const info = await main.dispatch('app:info', undefined)
    expect(info).toMatchObject({ ok: true, value: { version: '1.2.3', recovery: null } })
    main.close()
  })
})
