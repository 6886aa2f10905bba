import fc from 'fast-check'
import { expect } from 'vitest'
import { call, ok, pick, Step } from './valid-model'
import {
  customPractice,
  otherSettingsPatch,
  practiceIds,
  settingsPatch,
  trimmedText,
} from './valid-values'

/** Valid requests of settings, practice, reminders and the app, each with its own check. */

const MINUTE = 60_000

const updateSettings = fc.oneof(settingsPatch, otherSettingsPatch).map(
  (patch) =>
    new Step(`settings:update ${JSON.stringify(patch)}`, async (_model, real) => {
      expect(await ok(real, 'settings:update', patch)).toMatchObject(patch)
      expect(await ok(real, 'settings:get')).toMatchObject(patch)
    }),
)

const resetSettings = fc.constant(
  new Step('settings:reset', async (_model, real) => {
    // The defaults the README promises: the system's look, a break every 45 minutes.
    const expected = { theme: 'system', reduceMotion: 'system', remindersIntervalMin: 45 }
    expect(await ok(real, 'settings:reset')).toMatchObject(expected)
    expect(await ok(real, 'settings:get')).toMatchObject(expected)
  }),
)

/**
 * A first save, or a later save of a session already saved: the player's checkpoints keep the
 * practice, start and plan; time practised and the end only grow; a completed session is final.
 */
const recordSession = fc
  .record({
    fresh: fc.uuid({ version: 4 }),
    reuse: fc.option(fc.nat(), { nil: undefined }),
    practiceId: practiceIds,
    practiceTitle: trimmedText(80),
    plannedMin: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    practisedMs: fc.integer({ min: 0, max: 90 * MINUTE }),
    status: fc.constantFrom('completed', 'stopped' as const),
    endedAgo: fc.integer({ min: 0, max: 30 * 86_400_000 }),
  })
  .map(
    (s) =>
      new Step(`practice:recordSession ${JSON.stringify(s)}`, async (model, real) => {
        const stored =
          s.reuse !== undefined && model.sessions.size > 0
            ? model.sessions.get(pick(model.sessions.keys(), s.reuse))
            : undefined
        const plannedMs = stored
          ? stored.plannedMs
          : s.plannedMin === null
            ? null
            : s.plannedMin * MINUTE
        const endedAt = Math.max(stored?.endedAt ?? 0, real.clock.now - s.endedAgo)
        const startedAt =
          stored?.startedAt ?? endedAt - Math.min(s.practisedMs, plannedMs ?? Infinity)
        const actualMs = Math.min(s.practisedMs, plannedMs ?? Infinity, endedAt - startedAt)
        const session = {
          id: stored?.id ?? s.fresh,
          practiceId: stored?.practiceId ?? s.practiceId,
          practiceTitle: stored?.practiceTitle ?? s.practiceTitle,
          plannedMs,
          actualMs,
          status: s.status,
          startedAt,
          endedAt,
        }
        const expected =
          stored?.status === 'completed'
            ? stored
            : stored
              ? {
                  ...stored,
                  actualMs: Math.max(stored.actualMs, actualMs),
                  endedAt,
                  status: s.status,
                }
              : session
        expect(await ok(real, 'practice:recordSession', session)).toEqual(expected)
        model.sessions.set(expected.id, expected)
        const listed = await ok(real, 'practice:listSessions', { limit: 500 })
        expect(listed.map((x) => x.id).sort()).toEqual([...model.sessions.keys()].sort())
        expect(listed.find((x) => x.id === expected.id)).toEqual(expected)
      }),
  )

async function expectCustomHolds(
  model: Parameters<Step['run']>[0],
  real: Parameters<Step['run']>[1],
) {
  const listed = await ok(real, 'practice:listCustom')
  expect(listed.map((c) => c.id).sort()).toEqual([...model.custom.keys()].sort())
  for (const c of listed) expect(c).toMatchObject(model.custom.get(c.id) ?? {})
}

const saveCustom = fc.tuple(customPractice, fc.option(fc.nat(), { nil: undefined })).map(
  ([practice, reuse]) =>
    new Step(`practice:saveCustom ${JSON.stringify(practice)}`, async (model, real) => {
      // An edit keeps the kind: a breathing pattern never becomes a timer preset.
      const sameKind = [...model.custom].filter(([, c]) => c.kind === practice.kind)
      const id =
        reuse !== undefined && sameKind.length > 0
          ? pick(
              sameKind.map(([key]) => key),
              reuse,
            )
          : undefined
      const saved = await ok(real, 'practice:saveCustom', id ? { ...practice, id } : practice)
      expect(saved).toMatchObject(practice)
      if (id) expect(saved.id).toBe(id)
      model.custom.set(saved.id, practice)
      await expectCustomHolds(model, real)
    }),
)

const deleteCustom = fc.nat().map(
  (n) =>
    new Step(
      `practice:deleteCustom #${String(n)}`,
      async (model, real) => {
        const id = pick(model.custom.keys(), n)
        expect(await ok(real, 'practice:deleteCustom', { id })).toBeNull()
        model.custom.delete(id)
        await expectCustomHolds(model, real)
      },
      (model) => model.custom.size > 0,
    ),
)

/** Break commands may be refused as a conflict (no break is due to snooze); nothing else. */
const reminderCommand = fc
  .constantFrom(
    'reminders:snooze',
    'reminders:skip',
    'reminders:takeBreak',
    'reminders:startMovementBreak',
    'reminders:resume',
    'reminders:testNotification',
  )
  .map(
    (channel) =>
      new Step(channel, async (_model, real) => {
        const answer = await call(real, channel)
        if (!answer.ok) expect(answer.error.code, answer.error.message).toBe('conflict')
      }),
  )

const pause = fc.constantFrom('30m', '1h', '2h', 'tomorrow', 'indefinitely' as const).map(
  (option) =>
    new Step(`reminders:pause ${option}`, async (_model, real) => {
      const answer = await call(real, 'reminders:pause', { for: option })
      if (!answer.ok) expect(answer.error.code, answer.error.message).toBe('conflict')
      else if (answer.value.phase !== 'disabled') expect(answer.value.phase).toBe('paused')
    }),
)

/** Requests that only read; each is its own step, so each is drawn as often as a write. */
const READS = [
  'app:info',
  'app:dismissRecoveryNotice',
  'settings:get',
  'practice:listSessions',
  'practice:listCustom',
  'practice:streak',
  'reminders:state',
  'reminders:today',
  'reminders:week',
] as const

const reads = READS.map((channel) =>
  fc.constant(
    new Step(channel, async (_model, real) => {
      await ok(real, channel)
    }),
  ),
)

/** Insights' reminders section: the prompt report over each range, read only. */
const promptRanges = fc.constantFrom('30', '90', '365', 'all' as const).map(
  (range) =>
    new Step(`reminders:prompts ${range}`, async (_model, real) => {
      await ok(real, 'reminders:prompts', { range })
    }),
)

/**
 * Time passes, with the person at the keyboard or away from it. Usually the reminders' timers
 * fire on the way, outside any request, as on the desktop; after a sleep they are late, and the
 * next request finds time moved on without them.
 */
const wait = fc
  .record({
    ms: fc.integer({ min: 1_000, max: 70 * MINUTE }),
    idle: fc.boolean(),
    asleep: fc.boolean(),
  })
  .map(
    ({ ms, idle, asleep }) =>
      new Step(
        `wait ${String(Math.round(ms / 1000))} s${idle ? ' away' : ''}${asleep ? ' asleep' : ''}`,
        (_model, real) => {
          real.world.idleNow.ms = idle ? ms : 0
          if (asleep) real.clock.now += ms
          else {
            real.world.scheduler.runUntil(
              real.clock.now + ms,
              (t) => (real.clock.now = t),
              () => real.clock.now,
            )
          }
          return Promise.resolve()
        },
      ),
  )

export const otherSteps = [
  updateSettings,
  resetSettings,
  recordSession,
  saveCustom,
  deleteCustom,
  reminderCommand,
  pause,
  ...reads,
  promptRanges,
  wait,
]
