// Runs electron-builder (the installed one, through its JS API) in a child process with the
// network switched off in-process: any TCP/Unix connect, DNS lookup or fetch throws at once and
// is recorded, so a download attempt fails the build loudly instead of hanging. Started by
// package-offline.ts with one JSON argument; writes a JSON report to job.reportFile.
// Run by Node directly (its TypeScript type stripping), so: erasable syntax only.
import dns from 'node:dns'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import { join } from 'node:path'

interface Job {
  projectDir: string
  configFile: string
  electronDist: string | null
  outputDir: string
  reportFile: string
  targets: string[]
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job
const networkAttempts: string[] = []

function refuse(what: string): Error {
  networkAttempts.push(what)
  return new Error(`Offline packaging test: network access refused (${what})`)
}

net.Socket.prototype.connect = function connect(...args: unknown[]): never {
  throw refuse(`connect ${JSON.stringify(args[0])}`)
}
dns.lookup = function lookup(hostname: string): never {
  throw refuse(`DNS lookup of ${hostname}`)
} as unknown as typeof dns.lookup
dns.promises.lookup = ((hostname: string) =>
  Promise.reject(refuse(`DNS lookup of ${hostname}`))) as typeof dns.promises.lookup
globalThis.fetch = (input: unknown) =>
  Promise.reject(refuse(`fetch ${input instanceof Request ? input.url : String(input)}`))

interface BuilderModule {
  build: (options: object) => Promise<string[]>
  Platform: { LINUX: { createTarget: (targets: string[], ...archs: number[]) => unknown } }
  Arch: Record<string, number>
}

const started = Date.now()
let error: string | null = null
let artifacts: string[] = []
try {
  const requireFromProject = createRequire(join(job.projectDir, 'package.json'))
  const { build, Platform, Arch } = requireFromProject('electron-builder') as BuilderModule
  const arch = Arch[process.arch]
  if (arch === undefined) throw new Error(`electron-builder has no arch named ${process.arch}`)
  artifacts = await build({
    projectDir: job.projectDir,
    targets: Platform.LINUX.createTarget(job.targets, arch),
    publish: 'never',
    // The project's own file, with only where Electron comes from and where output goes changed.
    config: {
      extends: job.configFile,
      ...(job.electronDist === null ? {} : { electronDist: job.electronDist }),
      directories: { output: job.outputDir },
    },
  })
} catch (caught) {
  error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught)
}

writeFileSync(
  job.reportFile,
  JSON.stringify({ error, networkAttempts, artifacts, milliseconds: Date.now() - started }),
)
process.exit(error === null && networkAttempts.length === 0 ? 0 : 1)
