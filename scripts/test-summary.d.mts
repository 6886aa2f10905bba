export interface TestSummary {
  passed: number
  failed: number
  skipped: number
  /** Why Playwright tests were skipped, each reason once (e.g. no Electron binary). */
  skipReasons: string[]
  /** "file: test name" for every failed test or file that did not run. */
  failures: string[]
  /** Which runners wrote no report at all. */
  missing: ('Vitest' | 'Playwright')[]
}

export function summarize(vitest: object | null, playwright: object | null): TestSummary
