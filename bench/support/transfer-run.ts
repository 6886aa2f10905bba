// One side of the transfer benchmark in a process of its own, so its peak memory is its own:
//   export <dataFolder> <outFile>   writes the JSON export, prints { ms }
//   import <jsonFile> [path|text]   imports it into a new profile, prints its figures: by path
//                                   (the app: the worker reads the file) or as text (a file
//                                   with no path: main gets the page's text and passes it on)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import type { ExportFile } from '../../electron/shared/log/transfer-types'
import { benchServices } from './services'

async function exportTo(dataFolder: string, outFile: string): Promise<void> {
  const services = benchServices(dataFolder)
  // Started once first (see importFrom): the figure is the export, not tsx compiling the worker.
  await services.dispatch('log:previewImport', { fileName: 'x.json', text: '{"formatVersion":1}' })
  const started = performance.now()
  const result = await services.dispatch('log:export', { format: 'json' })
  const ms = performance.now() - started
  services.close()
  if (!result.ok) throw new Error(JSON.stringify(result))
  writeFileSync(outFile, (result.value as ExportFile).content)
  console.log(JSON.stringify({ ms }))
}

async function importFrom(jsonFile: string, route: 'path' | 'text'): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'loosen-bench-import-'))
  const services = benchServices(folder)
  try {
    // By path, main holds nothing of the file; as text, main holds the text it received from
    // the page before the import starts (counted before the baseline, as the page's IPC is).
    const file = route === 'path' ? { path: jsonFile } : { text: readFileSync(jsonFile, 'utf8') }
    const fileName = 'loosen-export.json'
    // The worker is started once by a tiny preview: from the sources it compiles its TypeScript
    // through tsx first, which the built app's worker does not.
    await services.dispatch('log:previewImport', { fileName, text: '{"formatVersion":1}' })
    const baseline = process.memoryUsage().rss
    // The main event loop's longest stall while the import runs: a timer every 5 ms and
    // Node's own delay histogram, whichever saw the longer one.
    const delay = monitorEventLoopDelay({ resolution: 5 })
    let last = performance.now()
    let longestGap = 0
    // When the timer's longest gap ended, from the preview's start (on stderr, per run): the
    // text route's is its copy into the worker; a gap anywhere else is the machine's load.
    let gapEndedAt = 0
    const ticker = setInterval(() => {
      const at = performance.now()
      if (at - last - 5 > longestGap) {
        longestGap = at - last - 5
        gapEndedAt = at
      }
      last = at
    }, 5)
    delay.enable()
    // Main's own thread: what it spends on the import (the ticker's few turns included), apart
    // from the worker's thread, so a stall the machine's load causes can be told from its work.
    const mainCpu = process.threadCpuUsage()
    const started = performance.now()
    const preview = await services.dispatch('log:previewImport', { fileName, ...file })
    const previewed = performance.now()
    const commit = await services.dispatch('log:commitImport', {
      fileName,
      ...file,
      applySettings: false,
    })
    const ms = performance.now() - started
    const mainCpuUsed = process.threadCpuUsage(mainCpu)
    // One more turn of the loop, so a stall that lasted to the end is seen by the timer too.
    await new Promise((done) => setTimeout(done, 30))
    delay.disable()
    clearInterval(ticker)
    if (!preview.ok || !commit.ok) throw new Error(JSON.stringify({ preview, commit }))
    const ratings = services.database.db.prepare('SELECT count(*) AS n FROM ratings').get() as {
      n: number
    }
    console.log(
      JSON.stringify({
        ms,
        previewMs: previewed - started,
        peakExtraMb: (process.resourceUsage().maxRSS * 1024 - baseline) / 1024 / 1024,
        stallMs: Math.max(longestGap, delay.max / 1e6 - 5),
        stallEndedAtMs: gapEndedAt - started,
        mainCpuMs: (mainCpuUsed.user + mainCpuUsed.system) / 1000,
        ratings: ratings.n,
      }),
    )
  } finally {
    services.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2)
  if (mode === 'export' && a && b) await exportTo(a, b)
  else if (mode === 'import' && a && (b === undefined || b === 'path' || b === 'text')) {
    await importFrom(a, b ?? 'path')
  } else {
    throw new Error(
      'usage: transfer-run.ts export <dataFolder> <outFile> | import <jsonFile> [path|text]',
    )
  }
}

void main()
