import { describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../electron/shared/contract/log'
import type { ReminderStatus } from '../../../electron/shared/contract/reminders'
import { useTempFolder } from '../../support/temp-folder'
import { MIN, openHost } from './host'

const newFolder = useTempFolder('loosen-features-')
const START = Date.parse('2026-03-02T09:00:00Z')

const exportWith = (settings: Record<string, unknown>) =>
  JSON.stringify({ formatVersion: 1, app: 'Loosen', settings })

describe('settings applied by an import', () => {
  it('move the break reminder and the login item like settings changed by hand', async () => {
    const h = openHost(newFolder(), START)
    expect(h.world.launchAtLogin).toEqual([false])
    const text = exportWith({ remindersIntervalMin: 20, remindersLaunchAtLogin: true })
    const result = await h.call<ImportResult>('log:commitImport', {
      fileName: 'from-laptop.json',
      text,
      applySettings: true,
    })
    expect(result.settingsApplied).toBe(2)
    expect(h.services.settings.read().remindersIntervalMin).toBe(20)

    const status = await h.call<ReminderStatus>('reminders:state')
    expect(status.nextBreakAt).toBe(START + 20 * MIN)
    expect(h.world.launchAtLogin).toEqual([false, true])

    h.advance(25 * MIN)
    const due = h.world.notifier.shown.filter((n) => n.kind === 'due')
    expect(due).toHaveLength(1)
    expect(due[0]?.body).toContain('sitting for 20 minutes')
    expect(h.events).toContainEqual({ type: 'settings-changed' })
    h.services.close()
  })

  it('leave the schedule alone when the import does not apply settings', async () => {
    const h = openHost(newFolder(), START)
    const text = exportWith({ remindersIntervalMin: 20, remindersLaunchAtLogin: true })
    await h.call('log:commitImport', { fileName: 'a.json', text, applySettings: false })
    h.advance(25 * MIN)
    expect(h.world.notifier.shown.filter((n) => n.kind === 'due')).toHaveLength(0)
    expect(h.world.launchAtLogin).toEqual([false])
    expect(h.events).not.toContainEqual({ type: 'settings-changed' })
    h.services.close()
  })
})
