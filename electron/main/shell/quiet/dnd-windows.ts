import type { RunCommand } from '../tray-host'

const NOTIFICATION_SETTINGS =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Notifications\\Settings'
const TOASTS_ENABLED = 'NOC_GLOBAL_SETTING_TOASTS_ENABLED'

/**
 * Parses `reg query <settings> /v NOC_GLOBAL_SETTING_TOASTS_ENABLED`: Windows 11's "Do not
 * disturb" (and Windows 10's "Get notifications from apps" switched off) store 0 here. A missing
 * value means notifications are on, so it is no quiet time.
 */
export function toastsSwitchedOff(regOutput: string): boolean {
  for (const raw of regOutput.split(/\r?\n/)) {
    const value = new RegExp(`^${TOASTS_ENABLED}\\s+REG_DWORD\\s+(0x[0-9a-f]+)$`, 'i').exec(
      raw.trim(),
    )
    if (value) return Number.parseInt(value[1] ?? '1', 16) === 0
  }
  return false
}

/**
 * Whether the user has silenced notifications (Do not disturb). Windows 10's Focus Assist keeps
 * its state in a binary CloudStore blob with no documented layout, so it is not read.
 */
export async function windowsDoNotDisturbOn(run: RunCommand): Promise<boolean> {
  const answer = await run('reg', ['query', NOTIFICATION_SETTINGS, '/v', TOASTS_ENABLED])
  return answer.ok && toastsSwitchedOff(answer.stdout)
}
