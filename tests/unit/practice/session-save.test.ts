import { describe, expect, it } from 'vitest'
import { buildTimerTimeline } from '../../../electron/shared/practice/custom-scripts'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { sessionSave } from '../../../renderer/src/practice/session-save'
import { builtInScriptFiles } from './built-in-scripts'

const START = Date.parse('2026-11-23T10:00:00Z')
const timeline = buildTimerTimeline(
  practiceScriptSchema.parse(
    builtInScriptFiles().find((entry) => entry.file === 'open-timer.json')?.raw,
  ),
  { warmUpS: 0, lengthMin: 2, intervalMin: 1, startBell: true, endBell: true },
)
const base = {
  sessionId: '6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f',
  timeline,
  startedAt: START,
  status: 'completed' as const,
  running: false,
}

describe('a session as saved', () => {
  it('ends a finished session when it ended, not when the page got round to saving it', () => {
    const save = sessionSave({
      ...base,
      activeMs: 120_000.0000001,
      endedAtMonotonic: 120_000,
      wallNow: START + 133_000,
      monoNow: 133_000,
    })
    expect(save).toMatchObject({ actualMs: 120_000, endedAt: START + 120_000, running: false })
  })

  it('never saves more than planned', () => {
    const save = sessionSave({
      ...base,
      status: 'stopped',
      running: true,
      activeMs: 125_400,
      endedAtMonotonic: null,
      wallNow: START + 125_400,
      monoNow: 125_400,
    })
    expect(save).toMatchObject({ actualMs: 120_000, endedAt: START + 125_400 })
  })

  it('keeps the end after start plus practice when the wall clock was set back meanwhile', () => {
    const save = sessionSave({
      ...base,
      status: 'stopped',
      activeMs: 60_000,
      endedAtMonotonic: 60_000,
      wallNow: START + 55_000,
      monoNow: 60_000,
    })
    expect(save.endedAt).toBe(START + 60_000)
  })
})
