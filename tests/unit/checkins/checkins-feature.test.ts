import { describe, expect, it } from 'vitest'
import type { Checkin } from '../../../electron/shared/checkins/schema'
import { useTempFolder } from '../../support/temp-folder'
import { openHost } from '../features/host'

const newFolder = useTempFolder('loosen-checkins-')
const DAY = 24 * 60 * 60 * 1000
const NOW = Date.parse('2026-03-02T09:00:00Z')

describe('check-ins through the dispatcher', () => {
  it('answers a PEG, scores it, announces it, and stops offering it for a week', async () => {
    const host = openHost(newFolder(), NOW)
    expect(await host.call('checkins:due')).toEqual(['peg'])
    const saved = await host.call<Checkin>('checkins:answer', {
      instrument: 'peg',
      answers: [6, 7, 8],
    })
    expect(saved).toMatchObject({ status: 'answered', score: 7, answers: [6, 7, 8] })
    expect(host.events).toContainEqual({ type: 'data-changed', domain: 'checkins' })
    expect(await host.call('checkins:due')).toEqual([])
    host.clock.t += 7 * DAY
    expect(await host.call('checkins:due')).toEqual(['peg'])
    expect(await host.call<Checkin[]>('checkins:list')).toHaveLength(1)
    host.services.close()
  })

  it('a skip is remembered and has no score', async () => {
    const host = openHost(newFolder(), NOW)
    const skipped = await host.call<Checkin>('checkins:skip', { instrument: 'peg' })
    expect(skipped).toMatchObject({ status: 'skipped', score: null, answers: [] })
    expect(await host.call('checkins:due')).toEqual([])
    host.services.close()
  })

  it('refuses incomplete answers, answers off the scale and dates in the future', async () => {
    const host = openHost(newFolder(), NOW)
    for (const payload of [
      { instrument: 'peg', answers: [1, 2] },
      { instrument: 'peg', answers: [1, 2, 11] },
      { instrument: 'global-change', answers: [8] },
      { instrument: 'peg', answers: [1, 2, 3], takenAt: NOW + DAY },
    ]) {
      const result = await host.services.dispatch('checkins:answer', payload)
      expect(result.ok).toBe(false)
    }
    expect(await host.call<Checkin[]>('checkins:list')).toEqual([])
    host.services.close()
  })

  it('lists by period and deletes', async () => {
    const host = openHost(newFolder(), NOW)
    await host.call('checkins:answer', {
      instrument: 'peg',
      answers: [2, 2, 2],
      takenAt: NOW - 10 * DAY,
    })
    const recent = await host.call<Checkin>('checkins:answer', {
      instrument: 'global-change',
      answers: [3],
    })
    const listed = await host.call<Checkin[]>('checkins:list', { from: NOW - DAY, to: NOW })
    expect(listed.map((entry) => entry.id)).toEqual([recent.id])
    await host.call('checkins:delete', { id: recent.id })
    expect(await host.call<Checkin[]>('checkins:list')).toHaveLength(1)
    host.services.close()
  })
})
