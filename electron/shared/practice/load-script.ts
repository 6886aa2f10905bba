import { describeScriptProblem, practiceScriptSchema, type PracticeScript } from './script-schema'

export type LoadedScript = { ok: true; script: PracticeScript } | { ok: false; problem: string }

/** Validates one script file's content; the problem names the file and the bad field. */
export function loadScript(raw: unknown, source: string): LoadedScript {
  const parsed = practiceScriptSchema.safeParse(raw)
  if (parsed.success) return { ok: true, script: parsed.data }
  return { ok: false, problem: `${source}: ${describeScriptProblem(parsed.error)}` }
}
