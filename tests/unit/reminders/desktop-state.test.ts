import { describe, expect, it } from 'vitest'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices } from '../../../electron/main/services'
import { createDesktopStateStore } from '../../../electron/main/shell/desktop-state'
import { useTempFolder } from '../../support/temp-folder'

const newFolder = useTempFolder('loosen-desktop-state-')

describe('the reminder status', () => {
  it('carries what the desktop allows, so the Reminders screen can explain it', async () => {
    const store = createDesktopStateStore(() => undefined)
    const world = { ...createManualWorld(), desktopState: store.read }
    const services = createMainServices({
      dataFolder: newFolder(),
      appVersion: 'test',
      platform: 'darwin',
      now: () => Date.parse('2026-03-02T09:00:00Z'),
      emit: () => undefined,
      log: { error: () => undefined },
      reminders: world,
    })
    const read = async () => {
      const result = await services.dispatch('reminders:state', undefined)
      if (!result.ok) throw new Error(result.error.message)
      return (result.value as ReminderStatus).desktop
    }
    expect(await read()).toEqual({ notifications: 'ok', launchAtLogin: 'ok', tray: 'ok' })
    store.update({ notifications: 'failed', launchAtLogin: 'requires-approval', tray: 'missing' })
    expect(await read()).toEqual({
      notifications: 'failed',
      launchAtLogin: 'requires-approval',
      tray: 'missing',
    })
    services.close()
  })
})
