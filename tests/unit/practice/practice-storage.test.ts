import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const NOW = Date.parse('2026-11-23T10:00:00Z')
const SESSION_ID = '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f'

function session(overrides: Record<string, unknown> = {}) {
  return {
    id: SESSION_ID,
    practiceId: 'box-breathing',
    practiceTitle: 'Box Breathing',
    plannedMs: 240_000,
    actualMs: 60_000,
    status: 'stopped',
    startedAt: NOW - 250_000,
    endedAt: NOW - 5_000,
    ...overrides,
  }
}

describe('practice storage through the API', () => {
  const tempFolder = useTempFolder()
  let folder = ''
  beforeEach(() => {
    folder = tempFolder()
  })
  const open = (): MainServices =>
    createMainServices({
      dataFolder: join(folder, 'data'),
      appVersion: 'test',
      platform: 'linux',
      now: () => NOW,
      emit: () => undefined,
      log: { error: () => undefined },
    })

  it('keeps a session through checkpoints and completion, and it survives a restart', async () => {
    const main = open()
    expect(await main.dispatch('practice:recordSession', session())).toMatchObject({ ok: true })
    await main.dispatch(
      'practice:recordSession',
      session({ actualMs: 240_000, status: 'completed', endedAt: NOW }),
    )
    // A late checkpoint does not undo the completion.
    await main.dispatch('practice:recordSession', session({ actualMs: 200_000 }))
    main.close()
    const again = open()
    expect(await again.dispatch('practice:listSessions', { limit: 5 })).toEqual({
      ok: true,
      value: [expect.objectContaining({ status: 'completed', actualMs: 240_000, endedAt: NOW })],
    })
    again.close()
  })

  it.each([5_000, 59_000])(
    'accepts a session from a renderer clock %d ms ahead of main, as saved by the player',
    async (aheadMs) => {
      const main = open()
      const ahead = session({ startedAt: NOW + aheadMs - 60_000, endedAt: NOW + aheadMs })
      expect(await main.dispatch('practice:recordSession', ahead)).toMatchObject({ ok: true })
      main.close()
    },
  )

  it.each([
    [{ id: 'not-a-uuid' }, 'id'],
    [{ status: 'abandoned' }, 'status'],
    [{ actualMs: -1 }, 'actualMs'],
    [{ endedAt: NOW - 300_000 }, 'endedAt'],
    [{ endedAt: NOW + 3_600_000 }, 'endedAt'],
    [{ actualMs: 600_000 }, 'actualMs'],
    [{ extra: true }, 'extra'],
  ])('refuses %j, naming the field %s, and stores nothing', async (change, field) => {
    const main = open()
    const result = await main.dispatch('practice:recordSession', session(change))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } })
    expect(await main.dispatch('practice:listSessions', undefined)).toEqual({ ok: true, value: [] })
    main.close()
  })

  it('creates, lists, edits and deletes custom patterns and presets, validated in main', async () => {
    const main = open()
    const breathing = await main.dispatch('practice:saveCustom', {
      kind: 'breathing',
      name: '  Evening  ',
      body: { inhale: 4, exhale: 8, lengthMin: 5 },
    })
    expect(breathing).toMatchObject({
      ok: true,
      value: { name: 'Evening', body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 8, holdOut: 0 } },
    })
    const id = (breathing as { value: { id: string } }).value.id
    await main.dispatch('practice:saveCustom', {
      kind: 'timer',
      name: 'Sit',
      body: { warmUpS: 10, lengthMin: null, intervalMin: 5, startBell: true, endBell: false },
    })
    const renamed = await main.dispatch('practice:saveCustom', {
      id,
      kind: 'breathing',
      name: 'Late evening',
      body: { inhale: 4, exhale: 7, lengthMin: 5 },
    })
    expect(renamed).toMatchObject({ ok: true, value: { id, name: 'Late evening' } })
    const listed = await main.dispatch('practice:listCustom', undefined)
    expect(listed).toMatchObject({
      ok: true,
      value: [
        { name: 'Late evening', kind: 'breathing' },
        { name: 'Sit', kind: 'timer' },
      ],
    })

    expect(
      await main.dispatch('practice:saveCustom', {
        id,
        kind: 'timer',
        name: 'Switch',
        body: { warmUpS: 0, lengthMin: 5, intervalMin: null, startBell: true, endBell: true },
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', field: 'kind' } })
    expect(
      await main.dispatch('practice:saveCustom', {
        kind: 'breathing',
        name: 'Too long',
        body: { inhale: 4, exhale: 45, lengthMin: 5 },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'body.exhale' } })
    expect(
      await main.dispatch('practice:saveCustom', {
        kind: 'breathing',
        name: '',
        body: { inhale: 4, exhale: 4, lengthMin: 5 },
      }),
    ).toMatchObject({ ok: false, error: { field: 'name', message: 'name: Give it a name.' } })

    expect(await main.dispatch('practice:deleteCustom', { id })).toEqual({ ok: true, value: null })
    expect(await main.dispatch('practice:deleteCustom', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    main.close()
  })

  it('leaves out a stored pattern whose body no longer fits its schema', async () => {
    const main = open()
    main.database.db
      .prepare(
        "INSERT INTO custom_practices VALUES ('custom-bad', 'breathing', 'Bad', '{\"inhale\":-3}', 1, 1)",
      )
      .run()
    expect(await main.dispatch('practice:listCustom', undefined)).toEqual({ ok: true, value: [] })
    main.close()
  })
})
