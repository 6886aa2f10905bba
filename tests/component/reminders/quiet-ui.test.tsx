// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import { clockTime } from '../../../renderer/src/reminders/format'
import { ReminderSettingsForm } from '../../../renderer/src/reminders/ReminderSettingsForm'
import { StatusPanel } from '../../../renderer/src/reminders/StatusPanel'
import { installFakeApi } from '../support/fake-api'
import { STATUS_NOW, dueStatus } from './status-fixture'

afterEach(cleanup)

describe('quiet times on the Reminders screen', () => {
  it('names the reason reminders are waiting', () => {
    installFakeApi({})
    const status = dueStatus({
      phase: 'sitting',
      quiet: { reason: 'call', detail: null, since: STATUS_NOW - 10 * 60_000 },
    })
    render(<StatusPanel status={status} act={vi.fn()} onStartBreak={() => undefined} />)
    // The time of day in the locale's own clock (f7f3026): whatever clockTime says for `since`.
    const since = clockTime(STATUS_NOW - 10 * 60_000)
    expect(
      screen.getByText(`Quiet: you're in a call (since ${since}).`, { exact: false }),
    ).toBeTruthy()
    expect(screen.getByText(/offered once afterwards/)).toBeTruthy()
  })

  it('says nothing of quiet times when there is none', () => {
    installFakeApi({})
    render(<StatusPanel status={dueStatus()} act={vi.fn()} onStartBreak={() => undefined} />)
    expect(screen.queryByText(/Quiet:/)).toBeNull()
  })

  it('saves each quiet time as a setting, the apps as a list', async () => {
    const save = vi.fn().mockResolvedValue(null)
    render(<ReminderSettingsForm settings={defaultSettings} save={save} />)
    const user = userEvent.setup()
    await user.click(screen.getByText('Break settings'))
    expect(screen.getByLabelText(/camera or microphone/)).toHaveProperty('checked', true)
    await user.click(screen.getByLabelText(/another app is fullscreen/))
    expect(save).toHaveBeenLastCalledWith({ remindersQuietFullscreen: false })
    await user.type(screen.getByLabelText(/one of these apps is in front/), 'Keynote,  zoom ,')
    await user.tab()
    expect(save).toHaveBeenLastCalledWith({ remindersQuietApps: ['Keynote', 'zoom'] })
    expect(save).toHaveBeenCalledTimes(2)
  })
})
