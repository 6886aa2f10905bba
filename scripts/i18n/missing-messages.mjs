#!/usr/bin/env node
// What a language still lacks: node scripts/i18n/missing-messages.mjs <locale> [--limit N]
// Prints a JSON object of message id → English text for every id in locales/en.json and
// in the practice scripts (assets/practices, ids as in electron/shared/i18n/script-messages.ts)
// that locales/<locale>.json does not have yet, and lists ids it has that English does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const [locale, ...rest] = process.argv.slice(2)
const limit = rest.includes('--limit') ? Number(rest[rest.indexOf('--limit') + 1]) : Infinity
const only = rest.includes('--only') ? rest[rest.indexOf('--only') + 1] : ''
if (!locale) {
  console.error(
    'Usage: node scripts/i18n/missing-messages.mjs <locale> [--limit N] [--only prefix]',
  )
  process.exit(2)
}
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))
const english = readJson(join(root, 'locales/en.json'))
const wanted = { ...english }
const practices = join(root, 'assets/practices')
for (const name of readdirSync(practices)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const script = readJson(join(practices, name))
  const base = `script.${script.id}`
  wanted[`${base}.title`] = script.title
  wanted[`${base}.summary`] = script.summary
  for (const p of script.positions ?? []) {
    wanted[`${base}.position.${p.id}.label`] = p.label
    wanted[`${base}.position.${p.id}.howTo`] = p.howTo
  }
  for (const s of script.steps) {
    wanted[`${base}.step.${s.id}.text`] = s.text
    if (s.detail !== undefined) wanted[`${base}.step.${s.id}.detail`] = s.detail
  }
}
const file = join(root, 'locales', `${locale}.json`)
const have = existsSync(file) ? readJson(file) : {}
const missing = Object.entries(wanted).filter(([k]) => !(k in have) && k.startsWith(only))
const extra = Object.keys(have).filter((k) => !(k in wanted))
console.log(JSON.stringify(Object.fromEntries(missing.slice(0, limit)), null, 2))
console.error(
  `${locale}: ${missing.length} missing, ${extra.length} extra${extra.length ? `: ${extra.join(', ')}` : ''}`,
)
