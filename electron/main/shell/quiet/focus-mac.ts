import { join } from 'node:path'
import type { RunCommand } from '../tray-host'

/** Reads a text file; null when it is missing or unreadable (tests pass a fake). */
export type ReadText = (path: string) => Promise<string | null>

/** Where macOS 12 and later keep the Focus modes switched on by hand or from Control Centre. */
export const FOCUS_ASSERTIONS = 'Library/DoNotDisturb/DB/Assertions.json'

/**
 * Whether a Focus (Do Not Disturb, Work, a custom one…) is asserted in Assertions.json: on while
 * any store lists an assertion record. Null when the file is not the shape this reads, so an
 * unknown future format is "no signal", never "quiet forever".
 */
export function focusAsserted(json: string): boolean | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const data = (parsed as { data?: unknown }).data
  if (!Array.isArray(data)) return null
  return data.some((store: unknown) => {
    if (typeof store !== 'object' || store === null) return false
    const records = (store as { storeAssertionRecords?: unknown }).storeAssertionRecords
    return Array.isArray(records) && records.length > 0
  })
}

/**
 * The Mac's Focus / Do Not Disturb, without native code: macOS 12 and later from the Focus
 * assertions file; macOS 11 and earlier from `defaults -currentHost read
 * com.apple.notificationcenterui doNotDisturb` (1 = on). A Focus switched on by its schedule
 * alone is not an assertion and is not seen.
 */
export async function macFocusOn(
  run: RunCommand,
  readText: ReadText,
  home: string,
): Promise<boolean> {
  const text = await readText(join(home, FOCUS_ASSERTIONS))
  const asserted = text === null ? null : focusAsserted(text)
  if (asserted !== null) return asserted
  const legacy = await run('defaults', [
    '-currentHost',
    'read',
    'com.apple.notificationcenterui',
    'doNotDisturb',
  ])
  return legacy.ok && legacy.stdout.trim() === '1'
}
