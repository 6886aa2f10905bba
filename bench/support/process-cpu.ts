import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())

interface Stat {
  pid: number
  ppid: number
  name: string
  /** utime + stime, in seconds. */
  cpuS: number
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The name is in parentheses and may hold spaces; the fields after it are plain.
    const close = text.lastIndexOf(')')
    const name = text.slice(text.indexOf('(') + 1, close)
    const fields = text.slice(close + 2).split(' ')
    // After the name: state(0) ppid(1) … utime(11) stime(12), per proc(5).
    const ticks = Number(fields[11]) + Number(fields[12])
    return { pid, ppid: Number(fields[1]), name, cpuS: ticks / TICKS_PER_S }
  } catch {
    return null // the process ended between the listing and the read
  }
}

/**
 * CPU seconds used so far by every Chromium process descending from `root` (the browser and
 * all its children: renderers, GPU, network and audio services), per pid. Only Linux's /proc.
 */
export function chromiumCpu(root: number = process.pid): Map<number, number> {
  const stats = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStat(Number(entry)))
    .filter((stat): stat is Stat => stat !== null)
  const children = new Map<number, Stat[]>()
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat])
  const found = new Map<number, number>()
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (child.name.startsWith('chrom')) found.set(child.pid, child.cpuS)
      walk(child.pid)
    }
  }
  walk(root)
  return found
}

/** CPU seconds used between two readings, over the processes present in both. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0
  for (const [pid, cpuS] of after) {
    const earlier = before.get(pid)
    if (earlier !== undefined) total += cpuS - earlier
  }
  return total
}

/** The pids of Chromium's audio service processes among `pids` (its utility sub-type says so). */
export function audioServicePids(pids: Iterable<number>): number[] {
  return [...pids].filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('audio.mojom.AudioService')
    } catch {
      return false
    }
  })
}

/** The share of one core all of Chromium used over the next `ms` of real time, in percent. */
export async function chromiumCpuPercentOver(ms: number): Promise<number> {
  const before = chromiumCpu()
  const started = Date.now()
  await new Promise((done) => setTimeout(done, ms))
  const cpuS = cpuBetween(before, chromiumCpu())
  return (cpuS / ((Date.now() - started) / 1000)) * 100
}
