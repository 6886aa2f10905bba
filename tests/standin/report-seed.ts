import { randomUUID } from 'node:crypto'
import { createMainServices } from '../../electron/main/services'

export const DAY = 86_400_000
const HOUR = 3_600_000

/**
 * 90 days of realistic records written through the app's own services (ratings with body-map
 * regions, practice sessions, some stopped for pain or discomfort, weekly PEG, monthly overall
 * change) and break records and sitting stretches written straight into break_events and
 * sitting_spans, since reminders only record them as they happen.
 */
export async function seedNinetyDays(folder: string, from: number, now: number): Promise<void> {
  const main = createMainServices({
    dataFolder: folder,
    appVersion: 'seed',
    platform: 'linux',
    now: () => now,
    emit: () => undefined,
    log: { error: (message, error) => console.error(message, error) },
  })
  const call = async (channel: string, payload: unknown) => {
    const result = await main.dispatch(channel, payload)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  }
  await call('settings:update', { firstRunAcknowledged: true })
  const insertBreak = main.database.db.prepare(
    'INSERT INTO break_events (id, kind, occurred_at, duration_ms, sitting_before_ms) VALUES (?, ?, ?, ?, ?)',
  )
  const insertSpan = main.database.db.prepare(
    'INSERT INTO sitting_spans (id, started_at, ended_at) VALUES (?, ?, ?)',
  )
  for (let d = 0; d < 90; d += 1) {
    const day = from + d * DAY
    const trend = 7 - Math.floor((d * 4) / 90)
    // Days with a walk are looser by 2 in these records; desk days are not.
    const walk = d % 5 === 0
    await call('log:addRating', {
      value: Math.max(0, trend + (d % 3 === 0 ? 1 : 0) - (walk ? 2 : 0)),
      takenAt: day + 9 * HOUR,
      regions: { sacrum: Math.min(10, trend + 1), 'lower-back': Math.max(0, trend - 2) },
      tags: walk ? ['walk'] : d % 2 === 0 ? ['desk'] : [],
    })
    if (d % 2 === 0)
      await call('log:addRating', { value: Math.max(0, trend - 1), takenAt: day + 18 * HOUR })
    // Three days a week, and a fourth every other week.
    if (d % 7 === 0 || d % 7 === 2 || d % 7 === 4 || d % 14 === 6) {
      const minutes = 10 + (d % 3) * 5
      await call('practice:recordSession', {
        id: randomUUID(),
        practiceId: 'hip-release',
        practiceTitle: 'Hip release',
        plannedMs: minutes * 60_000,
        actualMs: minutes * 60_000,
        status: 'completed',
        startedAt: day + 19 * HOUR,
        endedAt: day + 19 * HOUR + minutes * 60_000,
      })
    }
    for (let b = 0; b < (d % 4) + 1; b += 1) {
      insertBreak.run(randomUUID(), 'taken', day + (11 + b) * HOUR, 5 * 60_000, 45 * 60_000)
    }
    if (d % 3 === 0) insertBreak.run(randomUUID(), 'skipped', day + 16 * HOUR, 0, 50 * 60_000)
    // Sitting stretches: a long morning one most days, a short one after lunch.
    const morning = (d % 3 === 1 ? 25 : 35 + (d % 4) * 10) * 60_000
    insertSpan.run(randomUUID(), day + 9 * HOUR, day + 9 * HOUR + morning)
    insertSpan.run(randomUUID(), day + 14 * HOUR, day + 14 * HOUR + 20 * 60_000)
    // Every 12th day a Movement Break is stopped early; most of those for pain or discomfort.
    if (d % 12 === 5) {
      const id = randomUUID()
      await call('practice:recordSession', {
        id,
        practiceId: 'movement-break',
        practiceTitle: 'Movement Break',
        plannedMs: 300_000,
        actualMs: 90_000,
        status: 'stopped',
        startedAt: day + 15 * HOUR,
        endedAt: day + 15 * HOUR + 95_000,
      })
      const n = Math.floor(d / 12)
      if (n % 4 !== 3) {
        await call('practice:recordStopReason', {
          sessionId: id,
          reason: n % 2 === 0 ? 'pain' : 'discomfort',
          regions: n % 2 === 0 ? ['left-groin'] : ['sacrum', 'lower-back'],
          ...(n === 0 ? { note: 'Pinch at the front of the hip' } : {}),
          stepIndex: 2 + (n % 2),
          stepText: n % 2 === 0 ? 'Hip circles, left leg' : 'Standing back bend',
          movement: n !== 4,
        })
      }
    }
  }
  for (let w = 0; w < 13; w += 1) {
    const answers = [
      Math.max(2, 7 - Math.floor(w / 2)),
      Math.max(1, 6 - Math.floor(w / 3)),
      Math.max(1, 6 - Math.floor(w / 2)),
    ]
    await call('checkins:answer', {
      instrument: 'peg',
      answers,
      takenAt: from + w * 7 * DAY + 20 * HOUR,
    })
  }
  await call('checkins:answer', {
    instrument: 'global-change',
    answers: [3],
    takenAt: from + 31 * DAY,
  })
  await call('checkins:answer', {
    instrument: 'global-change',
    answers: [2],
    takenAt: from + 62 * DAY,
  })
  main.close()
}
