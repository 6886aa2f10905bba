import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { LOCALES_FOLDER } from '../../support/catalogues-on-disk'

const ROOT = resolve(__dirname, '../../..')

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : []
  })
}

it('keeps no message that no code asks for, so translators never translate dead words', () => {
  const code = [...sources(join(ROOT, 'renderer/src')), ...sources(join(ROOT, 'electron'))].join(
    '\n',
  )
  const english = JSON.parse(readFileSync(join(LOCALES_FOLDER, 'en.json'), 'utf8')) as Record<
    string,
    string
  >
  // An id is in use when it is written out, or when code builds it from a written prefix
  // (`log.region.${id}`, a map of ids by prefix).
  const built = (id: string) =>
    id
      .split('.')
      .slice(0, -1)
      .map((_, i, parts) => `${parts.slice(0, i + 1).join('.')}.`)
      .some(
        (prefix) =>
          code.includes(`${prefix}\${`) ||
          code.includes(`'${prefix}'`) ||
          code.includes(`\`${prefix}`),
      )
  const unused = Object.keys(english).filter((id) => !code.includes(id) && !built(id))
  expect(unused, 'remove with node scripts/i18n/remove-messages.mjs').toEqual([])
})
