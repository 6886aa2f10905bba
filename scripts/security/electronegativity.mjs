#!/usr/bin/env node
// Runs Doyensec's Electronegativity over Loosen's Electron sources and the built renderer page,
// then fails on any finding above LOW that security/electronegativity-accepted.json does not
// accept with a reason. Electronegativity itself exits 0 whatever it finds, so its CSV is read.
//
//   node scripts/security/electronegativity.mjs
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')
const shims = ['offline-network.cjs', 'ordered-csv.cjs'].map((name) =>
  join(root, 'scripts/security', name),
)
const acceptedFile = join(root, 'security/electronegativity-accepted.json')
const outFolder = join(root, '.tmp/security')
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version

// The sources hold the main process and preload. The build is scanned as it ships (main,
// preload and the page with its CSP meta tag; in the sources the policy is assembled from
// constants, which the scanner cannot read). The test harness bundle in out/ is left out.
const SHIPPED = ['main', 'preload', 'renderer']
const defaultTargets = [
  { name: 'sources', input: 'electron', label: 'electron', required: true },
  { name: 'build', input: '.tmp/security/shipped', label: 'out', required: false },
]
// `electronegativity.mjs <folder>` scans only that folder (the script's own test uses it).
const onlyFolder = process.argv[2]
const targets = onlyFolder
  ? [{ name: 'given', input: onlyFolder, label: onlyFolder, required: true }]
  : defaultTargets

function copyShippedBuild() {
  const target = join(root, '.tmp/security/shipped')
  rmSync(target, { recursive: true, force: true })
  if (!SHIPPED.every((part) => existsSync(join(root, 'out', part)))) return false
  for (const part of SHIPPED)
    cpSync(join(root, 'out', part), join(target, part), { recursive: true })
  return true
}

const RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 }

/** Splits Electronegativity's CSV: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field.trim())
      field = ''
    } else if (char === '\n') {
      row.push(field.trim())
      rows.push(row)
      row = []
      field = ''
    } else if (char !== '\r') field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field.trim())
    rows.push(row)
  }
  return rows
}

function scan(target) {
  const output = join(outFolder, `electronegativity-${target.name}.csv`)
  rmSync(output, { force: true })
  const result = spawnSync(
    process.execPath,
    [
      ...shims.flatMap((shim) => ['--require', shim]),
      cli,
      '-i',
      target.input,
      '-e',
      electronVersion,
      '-r',
      '-o',
      output,
    ],
    { cwd: root, encoding: 'utf8' },
  )
  if (result.status !== 0 || !existsSync(output)) {
    throw new Error(
      `Electronegativity did not finish on ${target.input} (exit ${String(result.status)}):\n${result.stderr}`,
    )
  }
  const [header, ...rows] = parseCsv(readFileSync(output, 'utf8')).filter((r) => r.length > 1)
  if (!header || header[0] !== 'issue')
    throw new Error(`Unexpected Electronegativity output in ${output}`)
  for (const row of rows) {
    // A torn or garbled report must not pass as "no findings".
    if (row.length !== 8 || !/^[A-Z_]+$/.test(row[0]) || !(row[1] in RANK)) {
      throw new Error(`Unreadable line in ${output}: ${row.join(',')}`)
    }
  }
  return rows.map(([check, severity, confidence, file, location, sample, description]) => ({
    check,
    severity,
    confidence,
    file: `${target.label}/${file}`,
    location,
    sample,
    description,
  }))
}

function loadAccepted() {
  const { accepted } = JSON.parse(readFileSync(acceptedFile, 'utf8'))
  for (const entry of accepted) {
    if (
      !entry.check ||
      !entry.file ||
      typeof entry.reason !== 'string' ||
      entry.reason.length < 40
    ) {
      throw new Error(
        `Every accepted finding needs a check, a file and a real reason: ${JSON.stringify(entry)}`,
      )
    }
  }
  return accepted
}

function main() {
  mkdirSync(outFolder, { recursive: true })
  const accepted = loadAccepted()
  const findings = []
  const built = onlyFolder ? false : copyShippedBuild()
  for (const target of targets) {
    if (!target.required && !built) {
      console.log('- out/ is not built yet; run `npm run build` to scan the shipped app too.')
      continue
    }
    const found = scan(target)
    console.log(`- scanned ${target.label}: ${String(found.length)} finding(s)`)
    findings.push(...found)
  }

  const used = new Set()
  const blocking = []
  for (const finding of findings) {
    const where = `${finding.file}:${finding.location}`
    const rank = RANK[finding.severity] ?? RANK.CRITICAL
    const match = accepted.find(
      (entry) => entry.check === finding.check && entry.file === finding.file,
    )
    if (rank <= RANK.LOW) {
      console.log(`  note   ${finding.severity} ${finding.check} ${where}: ${finding.description}`)
    } else if (match) {
      used.add(match)
      console.log(
        `  accept ${finding.severity} ${finding.check} ${where}: ${match.reason.slice(0, 90)}…`,
      )
    } else {
      blocking.push(finding)
      console.log(`  FAIL   ${finding.severity} ${finding.check} ${where}: ${finding.description}`)
    }
  }
  for (const entry of accepted) {
    if (!used.has(entry)) {
      console.log(
        `  stale  ${entry.check} in ${entry.file} is accepted but no longer found; remove it.`,
      )
    }
  }
  if (blocking.length > 0) {
    console.log(
      `\n${String(blocking.length)} Electronegativity finding(s) above LOW. Fix them, or accept one in security/electronegativity-accepted.json with the reason it is safe.`,
    )
    process.exit(1)
  }
  console.log('Electronegativity: nothing above LOW that is not accepted with a reason.')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main()
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error))
    process.exit(2)
  }
}
