export type Runner = 'Vitest' | 'Playwright'

export interface TestSummary {
  passed: number
  failed: number
  /** Failed tests (and files that could not load) per runner; their sum is `failed`. */
  failedBy: Record<Runner, number>
  skipped: number
  /** Why Playwright tests were skipped, each reason once (e.g. no Electron binary). */
  skipReasons: string[]
  /** "file: test name" for every failed test or file that did not run. */
  failures: string[]
  /** Which runners wrote no report at all. */
  missing: Runner[]
}

export function summarize(vitest: object | null, playwright: object | null): TestSummary

export interface Verdict {
  /** Failed tests plus failed steps. */
  failed: number
  /** Every failed test, then "step <name>: <why>" for every failed step. */
  failures: string[]
  /** 1 exactly when `failed` is above 0. */
  exitCode: 0 | 1
  /** Exactly `N passed, N failed`. */
  lastLine: string
}

export function conclude(
  summary: TestSummary,
  failedSteps: readonly string[],
  runnerOf: Readonly<Record<string, Runner>>,
): Verdict
