import { describe, expect, it } from 'vitest'
import type { Notice, NoticeAction } from '../../../electron/main/reminders/reminder-world'
import { createNotifier } from '../../../electron/main/shell/notifier'
import { fakeNotificationApi } from './fake-notifications'

const due: Notice = {
  kind: 'due',
  title: 'Time to stand up and move',
  body: 'You have been sitting for 45 minutes.',
  actions: ['start-break', 'snooze'],
}
const headsUp: Notice = { ...due, kind: 'heads-up', title: 'Break in 1 minute', actions: [] }

function setUp(platform: string, supported = true) {
  const fake = fakeNotificationApi(supported)
  const handled: string[] = []
  const failed: { kind: string; error: string }[] = []
  const notifier = createNotifier({
    platform,
    api: fake.api,
    onFailed: (notice, error) => failed.push({ kind: notice.kind, error }),
    onOrphanActivation: () => handled.push('orphan'),
  })
  const show = (notice: Notice, name: string = notice.kind) =>
    notifier.show(notice, {
      click: () => handled.push(`${name}:click`),
      action: (action: NoticeAction) => handled.push(`${name}:${action}`),
    })
  return { fake, handled, failed, show }
}

describe('a notification the system refuses (macOS unsigned builds, Windows)', () => {
  for (const platform of ['darwin', 'win32']) {
    it(`reports 'failed' on ${platform} instead of letting the reminder vanish`, () => {
      const { fake, failed, show } = setUp(platform)
      show(due)
      fake.created[0]!.emit('failed', {}, 'Notifications are not allowed for this app')
      expect(failed).toEqual([{ kind: 'due', error: 'Notifications are not allowed for this app' }])
    })
  }

  it('reports a system without notifications as failed too', () => {
    const { fake, failed, show } = setUp('linux', false)
    show(due)
    expect(fake.created).toEqual([])
    expect(failed).toHaveLength(1)
  })
})

describe('notifications on Windows', () => {
  it('registers Notification.handleActivation, and only there', () => {
    expect(setUp('win32').fake.hasActivationHandler()).toBe(true)
    expect(setUp('darwin').fake.hasActivationHandler()).toBe(false)
    expect(setUp('linux').fake.hasActivationHandler()).toBe(false)
  })

  it('still opens the break from the Action Center after the toast timed out (close)', () => {
    const { fake, handled, show } = setUp('win32')
    show(due)
    fake.created[0]!.emit('close', { reason: 'timedOut' })
    fake.activate({ type: 'click' })
    expect(handled).toEqual(['due:click'])
  })

  it('routes a button pressed in the Action Center to its action', () => {
    const { fake, handled, show } = setUp('win32')
    show(due)
    fake.created[0]!.emit('close', {})
    fake.activate({ type: 'action', actionIndex: 1 })
    expect(handled).toEqual(['due:snooze'])
  })

  it('acts once per click, though Electron also fires the instance events', () => {
    const { fake, handled, show } = setUp('win32')
    show(due)
    fake.created[0]!.emit('click', {})
    fake.activate({ type: 'click' })
    expect(handled).toEqual(['due:click'])
  })

  it('keeps only the latest reminder: the next one replaces (closes) the previous', () => {
    const { fake, handled, show } = setUp('win32')
    show(headsUp)
    show(due)
    expect(fake.created[0]!.closed).toBe(1)
    expect(fake.created[1]!.closed).toBe(0)
    fake.activate({ type: 'click' })
    expect(handled).toEqual(['due:click'])
  })

  it('opens the break for a click with no notice in memory (Loosen started by the click)', () => {
    const { fake, handled } = setUp('win32')
    fake.activate({ type: 'click' })
    expect(handled).toEqual(['orphan'])
  })
})

describe('notifications on macOS and Linux', () => {
  it('route the instance click and buttons, each to its own notice', () => {
    const { fake, handled, show } = setUp('darwin')
    show(headsUp, 'first')
    show(due, 'second')
    fake.created[1]!.emit('action', { actionIndex: 0 }, 0)
    fake.created[0]!.emit('click', {})
    expect(handled).toEqual(['second:start-break', 'first:click'])
  })

  it('offer no buttons on Linux', () => {
    const { fake, show } = setUp('linux')
    show(due)
    expect(fake.created[0]!.options.actions).toEqual([])
    expect(fake.created[0]!.shown).toBe(1)
  })
})
