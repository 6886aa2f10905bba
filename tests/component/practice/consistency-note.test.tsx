// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { ConsistencyNote } from '../../../renderer/src/practice/ConsistencyNote'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'

const DAY = 86_400_000
/** Wednesday 11 March 2026, noon in the test's zone. */
const NOW = new Date(2026, 2, 11, 12).getTime()

function session(startedAt: number, actualMs = 600_000) {
  return {
    id: crypto.randomUUID(),
    practiceId: 'hip-release',
    practiceTitle: 'Hip release',
    plannedMs: actualMs,
    actualMs,
    status: 'completed',
    startedAt,
    endedAt: startedAt + actualMs,
  }
}

function stubBridge(sessions: unknown[], target = 4) {
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      settings: {
        get: () =>
          Promise.resolve({
            ok: true,
            value: { ...defaultSettings, practiceWeeklyTarget: target },
          }),
      },
      practice: { listSessions: () => Promise.resolve({ ok: true, value: sessions }) },
      events: { subscribe: () => () => undefined },
    },
  })
}

async function shown(): Promise<string> {
  render(
    <SettingsProvider>
      <ConsistencyNote />
    </SettingsProvider>,
  )
  return (await screen.findByLabelText('Weekly practice target')).textContent
}

describe('the weekly target on the Practice screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('says how many recent weeks met the target and how this week is going, naming no missed day', async () => {
    // Last week (2–8 March): four days; the week before: two; this week so far: Monday only,
    // plus a 30-second session on Tuesday that is too short to count.
    const lastMonday = new Date(2026, 2, 2, 18).getTime()
    stubBridge([
      ...[0, 1, 3, 5].map((d) => session(lastMonday + d * DAY)),
      session(lastMonday - 7 * DAY),
      session(lastMonday - 5 * DAY),
      session(new Date(2026, 2, 9, 8).getTime()),
      session(new Date(2026, 2, 10, 8).getTime(), 30_000),
    ])
    const text = await shown()
    expect(text).toBe(
      'Weekly target: 4 days of practice. Met in 1 of 2 recent weeks. This week so far: 1 day.',
    )
    expect(text).not.toMatch(/miss|broke|lost|0 days/i)
  })

  it('follows the target chosen in Settings, and says when this week is already met', async () => {
    stubBridge(
      [session(new Date(2026, 2, 9, 8).getTime()), session(new Date(2026, 2, 10, 8).getTime())],
      2,
    )
    expect(await shown()).toBe(
      'Weekly target: 2 days of practice. Met in 1 of 1 recent week. This week’s is met.',
    )
  })
})
