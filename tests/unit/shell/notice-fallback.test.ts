import { describe, expect, it } from 'vitest'
import type { Notice } from '../../../electron/main/reminders/reminder-world'
import { createDesktopStateStore } from '../../../electron/main/shell/desktop-state'
import { createNoticeFallback } from '../../../electron/main/shell/notice-fallback'
import { createNotifier } from '../../../electron/main/shell/notifier'
import { fakeNotificationApi } from './fake-notifications'

const notice = (kind: Notice['kind']): Notice => ({ kind, title: 't', body: 'b', actions: [] })

function setUp() {
  let changes = 0
  const state = createDesktopStateStore(() => changes++)
  const opened: { screen: string; detail: string | null; focus: boolean }[] = []
  const fallback = createNoticeFallback({
    state,
    showApp: (screen, detail, focus) => opened.push({ screen, detail, focus }),
    log: () => undefined,
  })
  return { state, opened, fallback, changes: () => changes }
}

describe('when a native notification fails', () => {
  it('shows Loosen’s own window at the reminder screen, without taking focus', () => {
    const { opened, fallback } = setUp()
    fallback(notice('due'), 'not signed')
    fallback(notice('preview'), 'not signed')
    expect(opened).toEqual([
      { screen: 'reminders', detail: null, focus: false },
      { screen: 'reminders', detail: null, focus: false },
    ])
  })

  it('opens practice for a daily reminder, and no window for a mere heads-up', () => {
    const { opened, fallback } = setUp()
    fallback(notice('heads-up'), 'x')
    fallback(notice('daily'), 'x')
    expect(opened).toEqual([{ screen: 'practice', detail: null, focus: false }])
  })

  it('a planned cue opens nothing; a sit/stand prompt opens Reminders, which says which way', () => {
    const { opened, fallback } = setUp()
    fallback(notice('cue'), 'x')
    fallback(notice('posture'), 'x')
    expect(opened).toEqual([{ screen: 'reminders', detail: null, focus: false }])
  })

  it('records the failure once for the Reminders screen', () => {
    const { state, fallback, changes } = setUp()
    expect(state.read().notifications).toBe('ok')
    fallback(notice('due'), 'x')
    fallback(notice('due'), 'x')
    expect(state.read().notifications).toBe('failed')
    expect(changes()).toBe(1)
  })

  it('is what the macOS notifier calls on the failed event', () => {
    const { state, opened, fallback } = setUp()
    const fake = fakeNotificationApi()
    const notifier = createNotifier({
      platform: 'darwin',
      api: fake.api,
      onFailed: fallback,
      onOrphanActivation: () => undefined,
    })
    notifier.show(notice('due'), { click: () => undefined, action: () => undefined })
    fake.created[0]!.emit('failed', {}, 'Notifications are not allowed')
    expect(opened).toEqual([{ screen: 'reminders', detail: null, focus: false }])
    expect(state.read().notifications).toBe('failed')
  })
})
