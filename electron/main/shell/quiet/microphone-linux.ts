import type { RunCommand } from '../tray-host'

interface SourceOutput {
  source: string
  corked: boolean
  app: string
}

/** Parses `pactl list source-outputs`: each recording stream, its source and whether paused. */
export function parseSourceOutputs(text: string): SourceOutput[] {
  const outputs: SourceOutput[] = []
  let current: SourceOutput | null = null
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (/^Source Output #\d+/.test(line)) {
      current = { source: '', corked: false, app: '' }
      outputs.push(current)
    } else if (current) {
      const source = /^Source:\s*(\S+)/.exec(line)
      if (source) current.source = source[1] ?? ''
      if (/^Corked:\s*yes/.test(line)) current.corked = true
      const app = /^application\.name\s*=\s*"(.*)"/.exec(line)
      if (app) current.app = app[1] ?? ''
    }
  }
  return outputs
}

/** Index → name from `pactl list sources short` (tab-separated: index, name, …). */
export function parseSourceNames(text: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const line of text.split('\n')) {
    const [index, name] = line.split('\t')
    if (index && name) names.set(index.trim(), name.trim())
  }
  return names
}

/**
 * Whether something is recording from a microphone (PulseAudio, or PipeWire through its
 * PulseAudio server): a source output that is not paused and does not read a monitor (a
 * monitor records what the speakers play, as screen recorders and visualisers do).
 */
export async function linuxMicrophoneInUse(run: RunCommand): Promise<boolean> {
  // pactl translates its labels ("Corked:"); the C locale keeps them as parsed here.
  const outputs = await run('env', ['LC_ALL=C', 'pactl', 'list', 'source-outputs'])
  if (!outputs.ok) return false
  const live = parseSourceOutputs(outputs.stdout).filter((o) => !o.corked)
  if (live.length === 0) return false
  const sources = await run('env', ['LC_ALL=C', 'pactl', 'list', 'sources', 'short'])
  const names = sources.ok ? parseSourceNames(sources.stdout) : new Map<string, string>()
  return live.some((o) => !(names.get(o.source) ?? o.source).endsWith('.monitor'))
}
