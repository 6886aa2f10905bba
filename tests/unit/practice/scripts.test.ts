import { describe, expect, it } from 'vitest'
import { loadScript } from '../../../electron/shared/practice/load-script'
import { practiceScriptSchema } from '../../../electron/shared/practice/script-schema'
import { buildTimeline } from '../../../electron/shared/practice/timeline'
import { builtInScriptFiles } from './built-in-scripts'

const EXPECTED = [
  'belly-breathing',
  'box-breathing',
  'constructive-rest',
  'cyclic-sighing',
  'four-seven-eight',
  'hip-pelvis-body-scan',
  'movement-break',
  'open-timer',
  'resonance-breathing',
]

function boxBreathing(): Record<string, unknown> {
  const found = builtInScriptFiles().find((entry) => entry.file === 'box-breathing.json')
  return structuredClone(found?.raw) as Record<string, unknown>
}

describe('built-in practice scripts', () => {
  it('are all present, and each file is named after its id', () => {
    const files = builtInScriptFiles()
    expect(files.map((f) => f.file.replace('.json', ''))).toEqual(EXPECTED)
    for (const { file, raw } of files) {
      expect((raw as { id: string }).id, file).toBe(file.replace('.json', ''))
    }
  })

  it.each(builtInScriptFiles())(
    '$file validates and lays out at every offered length',
    ({ file, raw }) => {
      const loaded = loadScript(raw, file)
      if (!loaded.ok) throw new Error(loaded.problem)
      for (const lengthMin of loaded.script.lengthsMin) {
        const timeline = buildTimeline(loaded.script, { lengthMin })
        expect(timeline.totalMs).toBe(Math.round(lengthMin * 60_000))
        expect(timeline.steps.at(-1)?.endMs).toBe(timeline.totalMs)
      }
    },
  )

  it('rejects a broken script with the path of the bad field', () => {
    const broken = boxBreathing()
    const steps = broken['steps'] as Record<string, unknown>[]
    steps[1] = { ...steps[1], seconds: -5 }
    const loaded = loadScript(broken, 'box-breathing.json')
    expect(loaded).toEqual({
      ok: false,
      problem: 'box-breathing.json: steps.1.seconds: Seconds cannot be negative.',
    })
  })

  it.each([
    [{ breath: { inhale: 4, exhale: 4, sneeze: 2 } }, 'breath'],
    [{ category: 'yoga' }, 'category'],
    [{ defaultLengthMin: 7 }, 'defaultLengthMin'],
    [{ lengthsMin: [0.5, 4] }, 'lengthsMin.0'],
    [{ schemaVersion: 2 }, 'schemaVersion'],
  ])('rejects %j at %s', (change, path) => {
    const result = practiceScriptSchema.safeParse({ ...boxBreathing(), ...change })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path.join('.')).toBe(path)
  })

  it('rejects a paced step when the script has no breath pattern', () => {
    const broken = boxBreathing()
    delete broken['breath']
    const result = practiceScriptSchema.safeParse(broken)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('steps.1.paced')
  })

  it('rejects two steps with the same id', () => {
    const broken = boxBreathing()
    const steps = broken['steps'] as Record<string, unknown>[]
    steps[2] = { ...steps[2], id: 'settle' }
    const result = practiceScriptSchema.safeParse(broken)
    expect(result.error?.issues[0]).toMatchObject({
      path: ['steps', 2, 'id'],
      message: 'Step id "settle" is used twice.',
    })
  })
})
