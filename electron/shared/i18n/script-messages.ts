import type { PracticeScript } from '../practice/script-schema'

/**
 * Practice scripts are written in English in `assets/practices/*.json`; other languages
 * translate their words in the language's catalogue under ids made from the script's own
 * ids (`script.<practice>.step.<step>.text`). Only words are translated, so every language
 * keeps the English steps, order and timing by construction.
 */
export function scriptMessages(script: PracticeScript): Record<string, string> {
  const base = `script.${script.id}`
  const out: Record<string, string> = {
    [`${base}.title`]: script.title,
    [`${base}.summary`]: script.summary,
  }
  for (const position of script.positions ?? []) {
    out[`${base}.position.${position.id}.label`] = position.label
    out[`${base}.position.${position.id}.howTo`] = position.howTo
  }
  for (const step of script.steps) {
    out[`${base}.step.${step.id}.text`] = step.text
    if (step.detail !== undefined) out[`${base}.step.${step.id}.detail`] = step.detail
  }
  return out
}

export type PlainLookup = (key: string, english: string) => string

/** The script with its words in another language; ids, steps and timing untouched. */
export function localizeScript(script: PracticeScript, plain: PlainLookup): PracticeScript {
  const base = `script.${script.id}`
  return {
    ...script,
    title: plain(`${base}.title`, script.title),
    summary: plain(`${base}.summary`, script.summary),
    positions: script.positions?.map((position) => ({
      ...position,
      label: plain(`${base}.position.${position.id}.label`, position.label),
      howTo: plain(`${base}.position.${position.id}.howTo`, position.howTo),
    })),
    steps: script.steps.map((step) => ({
      ...step,
      text: plain(`${base}.step.${step.id}.text`, step.text),
      ...(step.detail === undefined
        ? {}
        : { detail: plain(`${base}.step.${step.id}.detail`, step.detail) }),
    })),
  }
}
