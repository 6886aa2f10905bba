import { loadScript } from '../../../electron/shared/practice/load-script'
import type { PracticeScript } from '../../../electron/shared/practice/script-schema'

/**
 * The built-in practices, bundled at build time from assets/practices/*.json and validated
 * as they load. A script that fails is left out (and named in the console) rather than
 * breaking the whole library.
 */
const files = import.meta.glob<unknown>('../../../assets/practices/*.json', {
  eager: true,
  import: 'default',
})

const ORDER = [
  'hip-pelvis-body-scan',
  'belly-breathing',
  'resonance-breathing',
  'cyclic-sighing',
  'box-breathing',
  'four-seven-eight',
  'constructive-rest',
  'movement-break',
  'open-timer',
]

function loadAll(): { scripts: PracticeScript[]; problems: string[] } {
  const scripts: PracticeScript[] = []
  const problems: string[] = []
  for (const [path, raw] of Object.entries(files)) {
    const loaded = loadScript(raw, path.split('/').at(-1) ?? path)
    if (loaded.ok) scripts.push(loaded.script)
    else problems.push(loaded.problem)
  }
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length)
  scripts.sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title))
  return { scripts, problems }
}

const library = loadAll()
for (const problem of library.problems) console.error(`Practice script skipped: ${problem}`)

export const builtInPractices: readonly PracticeScript[] = library.scripts
export const libraryProblems: readonly string[] = library.problems

export function findBuiltIn(id: string): PracticeScript | null {
  return builtInPractices.find((script) => script.id === id) ?? null
}
