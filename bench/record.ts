import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const FIGURES_FOLDER = resolve(__dirname, '../.tmp/bench')

/** Stores one benchmark figure; `npm run bench` gathers them all into one JSON object. */
export function recordFigure(key: string, value: number): void {
  mkdirSync(FIGURES_FOLDER, { recursive: true })
  writeFileSync(join(FIGURES_FOLDER, `${key}.json`), JSON.stringify({ [key]: value }))
}
