import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { useTempFolder } from '../../support/temp-folder'

const NOW = Date.parse('2026-11-23T10:00:00Z')
const SESSION_ID = '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f'

const session = {
  id: SESSION_ID,
  practiceId: 'movement-break',
  practiceTitle: 'Movement Break',
  plannedMs: 300_000,
  actualMs: 90_000,
  status: 'stopped',
  startedAt: NOW - 100_000,
  endedAt: NOW - 5_000,
}

const painOnLunge = {
  sessionId: SESSION_ID,
  reason: 'pain',
  regions: ['left-groin', 'left-front-hip'],
  note: 'Sharp on the lunge',
  stepIndex: 2,
  stepText: 'Kneeling hip flexor stretch, left side',
  movement: true,
} as const

describe('why a practice was stopped (adverse events)', () => {
  const tempFolder = useTempFolder()
  let folder = ''
  const heard: string[] = []
  beforeEach(() => {
    folder = tempFolder()
    heard.length = 0
  })
  const open = (): MainServices =>
    createMainServices({
      dataFolder: join(folder, 'data'),
      appVersion: 'test',
      platform: 'linux',
      now: () => NOW,
      emit: (event) => {
        if (event.type === 'data-changed') heard.push(event.domain)
      },
      log: { error: () => undefined },
    })
  const rows = (main: MainServices) =>
    main.database.db.prepare('SELECT * FROM practice_stop_reasons').all()

  it('keeps pain, where it was felt, the step and the note with the session, across a restart', async () => {
    const main = open()
    await main.dispatch('practice:recordSession', session)
    heard.length = 0
    const saved = await main.dispatch('practice:recordStopReason', painOnLunge)
    expect(saved).toEqual({
      ok: true,
      value: { ...painOnLunge, regions: ['left-groin', 'left-front-hip'], recordedAt: NOW },
    })
    expect(heard).toEqual(['practice'])
    main.close()
    const again = open()
    expect(rows(again)).toEqual([
      {
        session_id: SESSION_ID,
        reason: 'pain',
        regions: '["left-groin","left-front-hip"]',
        note: 'Sharp on the lunge',
        step_index: 2,
        step_text: 'Kneeling hip flexor stretch, left side',
        movement: 1,
        recorded_at: NOW,
      },
    ])
    again.close()
  })

  it('a second answer for the same session replaces the first', async () => {
    const main = open()
    await main.dispatch('practice:recordSession', session)
    await main.dispatch('practice:recordStopReason', painOnLunge)
    await main.dispatch('practice:recordStopReason', {
      ...painOnLunge,
      reason: 'discomfort',
      regions: [],
      note: undefined,
    })
    expect(rows(main)).toMatchObject([{ reason: 'discomfort', regions: '[]', note: '' }])
    main.close()
  })

  it('refuses a session that is not saved, an unknown region, a repeated region, and changes nothing', async () => {
    const main = open()
    const unsaved = await main.dispatch('practice:recordStopReason', painOnLunge)
    expect(unsaved).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('not saved') as string },
    })
    await main.dispatch('practice:recordSession', session)
    const region = await main.dispatch('practice:recordStopReason', {
      ...painOnLunge,
      regions: ['knee' as 'sacrum'],
    })
    expect(region).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('"knee" is not a body-map region') as string },
    })
    const twice = await main.dispatch('practice:recordStopReason', {
      ...painOnLunge,
      regions: ['sacrum', 'sacrum'],
    })
    expect(twice).toMatchObject({
      ok: false,
      error: { message: 'regions: Name each region once.' },
    })
    const other = await main.dispatch('practice:recordStopReason', {
      ...painOnLunge,
      reason: 'boredom' as 'pain',
    })
    expect(other).toMatchObject({
      ok: false,
      error: { message: 'reason: A reason for stopping is pain or discomfort.' },
    })
    expect(rows(main)).toEqual([])
    main.close()
  })
})
