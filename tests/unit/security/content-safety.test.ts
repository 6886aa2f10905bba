import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadScript } from '../../../electron/shared/practice/load-script'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'

// Content safety in the data itself: every practice script the app ships is checked here, so a
// new stretch added later without its pain warning fails at once. What the user sees on screen
// is checked in tests/e2e/security-content.spec.ts.

const PRACTICES = resolve(__dirname, '../../../assets/practices')

function shippedScripts(): PracticeScript[] {
  return readdirSync(PRACTICES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const loaded = loadScript(JSON.parse(readFileSync(join(PRACTICES, name), 'utf8')), name)
      if (!loaded.ok) throw new Error(`${name}: ${loaded.problem}`)
      return loaded.script
    })
}

describe('practice scripts', () => {
  const scripts = shippedScripts()

  it('include the Movement Break the tray and notifications open', () => {
    expect(scripts.map((script) => script.id)).toContain('movement-break')
  })

  it('carry "stop if you feel sharp pain" on every stretch and movement step', () => {
    const movementSteps = scripts.flatMap((script) =>
      script.steps
        .filter((step) => script.category === 'movement' || step.pose !== undefined)
        .map((step) => ({ where: `${script.id}/${step.id}`, caution: step.caution })),
    )
    expect(movementSteps.length).toBeGreaterThanOrEqual(4)
    expect(movementSteps.filter((step) => !step.caution).map((step) => step.where)).toEqual([])
  })

  it('offer no guided trauma-release protocol (the TRE card is information only)', () => {
    for (const script of scripts) {
      expect(`${script.id} ${script.title} ${script.summary}`).not.toMatch(
        /trauma release|\bTRE\b|tremor|tremble|shak(e|ing) (until|on its own)/i,
      )
    }
  })

  it('use no words that promise a cure or a diagnosis', () => {
    const text = JSON.stringify(scripts)
    expect(text).not.toMatch(/\b(cure[sd]?|heals?|diagnos\w*|treats?|guarantee\w*)\b/i)
  })
})
