#!/usr/bin/env node
// Removes message ids from every catalogue: node scripts/i18n/remove-messages.mjs <id> [<id> ...]
// For ids no code uses any more; each language loses the same ids, so the catalogue test still
// finds every language complete.
import { mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const ids = process.argv.slice(2)
if (ids.length === 0) {
  console.error('Usage: node scripts/i18n/remove-messages.mjs <id> [<id> ...]')
  process.exit(2)
}
const folder = join(root, 'locales')
for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
  const locale = name.replace(/\.json$/, '')
  const lock = join(folder, `.${locale}.lock`)
  mkdirSync(lock)
  try {
    const file = join(folder, name)
    const catalogue = JSON.parse(readFileSync(file, 'utf8'))
    const gone = ids.filter((id) => id in catalogue)
    const kept = Object.fromEntries(Object.entries(catalogue).filter(([id]) => !ids.includes(id)))
    writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`)
    console.log(`${name}: ${gone.length} removed`)
  } finally {
    rmdirSync(lock)
  }
}
