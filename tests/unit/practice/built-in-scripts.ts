import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const PRACTICES_FOLDER = resolve(__dirname, '../../../assets/practices')

/** Every built-in script file, parsed as JSON but not yet validated. */
export function builtInScriptFiles(): { file: string; raw: unknown }[] {
  return readdirSync(PRACTICES_FOLDER)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      raw: JSON.parse(readFileSync(join(PRACTICES_FOLDER, file), 'utf8')) as unknown,
    }))
}
