import { randomUUID } from 'node:crypto'
import type { LoosenHarness } from '../../harness/fixtures'
import { seedPrompts } from '../../harness/seed-prompts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

// What the person wrote themselves is shown as written in every language. It has no ASCII
// letters, so the untranslated-text check never mistakes it for the app's own English.
export const USER_TAG = 'γραφείο'
export const USER_NOTE = 'μετά από πολλή ώρα στην καρέκλα'
export const REPORT_NAME = 'Ελένη Π.'

async function ok(
  loosen: LoosenHarness,
  channel: Parameters<LoosenHarness['invoke']>[0],
  payload: unknown,
): Promise<void> {
  const answer = await loosen.invoke(channel, payload)
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`)
}

/** A practice as the app records it (English title, as an English user's history has it). */
async function practise(
  loosen: LoosenHarness,
  practice: { id: string; title: string },
  startedAt: number,
  rating: { before: number; after: number },
): Promise<void> {
  const id = randomUUID()
  await ok(loosen, 'practice:recordSession', {
    id,
    practiceId: practice.id,
    practiceTitle: practice.title,
    plannedMs: 300_000,
    actualMs: 300_000,
    status: 'completed',
    startedAt,
    endedAt: startedAt + 300_000,
  })
  const rate = { sessionId: id }
  await ok(loosen, 'log:addRating', {
    ...rate,
    value: rating.before,
    takenAt: startedAt,
    phase: 'before',
  })
  await ok(loosen, 'log:addRating', {
    ...rate,
    value: rating.after,
    takenAt: startedAt + 300_000,
    phase: 'after',
  })
}

/**
 * A few weeks of use, so every screen shows its full self: ratings with a built-in tag, a tag
 * and a note of the person's own and body-map places, practices rated before and after, a
 * check-in, and reminders with breaks taken and missed.
 */
export async function seedHistory(loosen: LoosenHarness): Promise<void> {
  const now = loosen.clock.now()
  for (const [i, value] of [6, 5, 7, 4, 5, 3, 6, 4].entries()) {
    await ok(loosen, 'log:addRating', {
      value,
      takenAt: now - (i + 1) * 20 * HOUR,
      tags: i % 2 === 0 ? ['morning', USER_TAG] : ['after sitting'],
      regions: { sacrum: value, 'left-front-hip': Math.max(0, value - 2) },
      ...(i === 0 ? { note: USER_NOTE } : {}),
    })
  }
  for (let i = 0; i < 4; i++) {
    const box = { id: 'box-breathing', title: 'Box Breathing' }
    const resonance = { id: 'resonance-breathing', title: 'Resonance Breathing' }
    await practise(loosen, box, now - (2 + 3 * i) * DAY - 5 * HOUR, { before: 7, after: 4 })
    await practise(loosen, resonance, now - (3 + 3 * i) * DAY - 6 * HOUR, { before: 6, after: 4 })
  }
  await ok(loosen, 'checkins:answer', {
    instrument: 'peg',
    answers: [6, 5, 5],
    takenAt: now - 9 * DAY,
  })
  seedPrompts(loosen)
}
