import type { RunCommand } from '../tray-host'

/** `lsappinfo front` prints the front app's serial number, e.g. `ASN:0x0-0x1a01a:`. */
export function parseFrontAsn(output: string): string | null {
  const asn = output.trim()
  return /^ASN:0x[0-9a-f]+-0x[0-9a-f]+:?$/i.test(asn) ? asn : null
}

/** One `"Key"="value"` line of `lsappinfo info -only <key> <asn>`. */
export function parseInfoValue(output: string): string | null {
  const value = /^"[^"]+"\s*=\s*"(.*)"\s*$/m.exec(output)?.[1]
  return value === undefined || value === '' ? null : value
}

/**
 * The app in front on macOS, by its name and bundle id, through `lsappinfo` (Launch Services):
 * it needs no Accessibility or Automation permission, unlike asking System Events via osascript.
 */
export async function macFrontApp(run: RunCommand): Promise<string[] | null> {
  const front = await run('lsappinfo', ['front'])
  const asn = front.ok ? parseFrontAsn(front.stdout) : null
  if (asn === null) return null
  const names: string[] = []
  for (const key of ['name', 'bundleid']) {
    const info = await run('lsappinfo', ['info', '-only', key, asn])
    const value = info.ok ? parseInfoValue(info.stdout) : null
    if (value !== null) names.push(value)
  }
  return names.length === 0 ? null : names
}
