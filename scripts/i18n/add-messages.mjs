#!/usr/bin/env node
// Adds messages to a catalogue: node scripts/i18n/add-messages.mjs <fragment.json> [--locale de] [--replace]
// The fragment is a flat JSON object of message id → ICU text. The catalogue stays sorted by
// id, so several people (or sessions) adding messages at once produce clean, mergeable diffs;
// a lock folder keeps two writers from interleaving.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const fragmentPath = args.find(
  (a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--locale',
)
const locale = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : 'en'
const replace = args.includes('--replace')
if (!fragmentPath) {
  console.error(
    'Usage: node scripts/i18n/add-messages.mjs <fragment.json> [--locale de] [--replace]',
  )
  process.exit(2)
}
const fragment = JSON.parse(readFileSync(fragmentPath, 'utf8'))
const lock = join(root, 'locales', `.${locale}.lock`)
const file = join(root, 'locales', `${locale}.json`)

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

for (let tries = 0; ; tries++) {
  try {
    mkdirSync(lock)
    break
  } catch {
    if (tries > 400) {
      console.error(`${lock} has been held for 40 s; remove it if no one is writing.`)
      process.exit(1)
    }
    sleep(100)
  }
}
try {
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  const clashes = []
  for (const [key, text] of Object.entries(fragment)) {
    if (typeof text !== 'string') throw new Error(`${key}: a message must be a string`)
    if (key in current && current[key] !== text && !replace) clashes.push(key)
    else current[key] = text
  }
  const sorted = Object.fromEntries(
    Object.entries(current).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`)
  const added = Object.keys(fragment).length - clashes.length
  console.log(`${locale}.json: ${added} message(s) written, ${Object.keys(sorted).length} in all.`)
  if (clashes.length > 0) {
    console.error(
      `Kept the existing text of ${clashes.length} id(s) (pass --replace to change them): ${clashes.join(', ')}`,
    )
    process.exitCode = 1
  }
} finally {
  rmdirSync(lock)
}
