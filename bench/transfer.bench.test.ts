import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { recordFigure } from './record'
import { profileWith } from './support/cached-database'
import { median, round } from './support/stats'

const RUNNER = resolve(__dirname, 'support/transfer-run.ts')

function run(...args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', RUNNER, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>
}

it('measures export and import of 100,000 ratings (by path, and once as text), each in a process of its own', () => {
  const profile = profileWith(100_000)
  const scratch = mkdtempSync(join(tmpdir(), 'loosen-bench-transfer-'))
  const file = join(scratch, 'export.json')
  try {
    const exports: number[] = []
    const imports: Record<string, number>[] = []
    for (let i = 0; i < 3; i++) {
      exports.push(run('export', profile, file)['ms'] ?? Number.NaN)
      // By path, as the app imports a picked file: its worker reads the file from disk.
      const figures = run('import', file, 'path')
      // Each run's figures on stderr, so a noisy run can be told from the median.
      console.error(JSON.stringify({ run: i + 1, exportMs: exports.at(-1), ...figures }))
      expect(figures['ratings']).toBeGreaterThanOrEqual(100_000)
      imports.push(figures)
    }
    const of = (key: string) => median(imports.map((f) => f[key] ?? Number.NaN))
    recordFigure('export_100k_ms', round(median(exports)))
    recordFigure('import_100k_ms', round(of('ms')))
    recordFigure('import_100k_preview_ms', round(of('previewMs')))
    recordFigure('import_peak_rss_mb', round(of('peakExtraMb')))
    recordFigure('import_main_stall_ms', round(of('stallMs')))
    recordFigure('import_main_cpu_ms', round(of('mainCpuMs')))
    // One run of the fallback for a file with no path (its text through main), for comparison.
    const text = run('import', file, 'text')
    console.error(JSON.stringify({ route: 'text', ...text }))
    expect(text['ratings']).toBeGreaterThanOrEqual(100_000)
    recordFigure('import_text_route_peak_rss_mb', round(text['peakExtraMb'] ?? Number.NaN))
    recordFigure('import_text_route_main_stall_ms', round(text['stallMs'] ?? Number.NaN))
  } finally {
    rmSync(profile, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  }
}, 900_000)
