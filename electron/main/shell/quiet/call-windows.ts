import type { RunCommand } from '../tray-host'

const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

/**
 * Parses `reg query <store>\<device> /s`: an app is using the device while its
 * LastUsedTimeStart is set and its LastUsedTimeStop is still 0 (Windows 10 1903 and later).
 */
export function deviceInUse(regOutput: string): boolean {
  let start: bigint | null = null
  let stop: bigint | null = null
  const settle = () => start !== null && start !== 0n && stop === 0n
  for (const raw of regOutput.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('HKEY_')) {
      if (settle()) return true
      start = null
      stop = null
      continue
    }
    const value = /^(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)$/i.exec(line)
    if (!value) continue
    const n = BigInt(value[2] ?? '0x0')
    if (value[1] === 'LastUsedTimeStart') start = n
    else stop = n
  }
  return settle()
}

/** Whether an app is using the camera or the microphone now (a call), from the registry. */
export async function windowsCallInProgress(run: RunCommand): Promise<boolean> {
  for (const device of ['webcam', 'microphone']) {
    const answer = await run('reg', ['query', `${CONSENT_STORE}\\${device}`, '/s'])
    if (answer.ok && deviceInUse(answer.stdout)) return true
  }
  return false
}
