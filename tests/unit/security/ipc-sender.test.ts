import { describe, expect, it } from 'vitest'
import { isTrustedIpcSender } from '../../../electron/main/security/ipc-sender'

// Stand-ins for web contents: the check compares them by identity, as Electron's objects are.
const mainContents = { id: 1 }
const quickLogContents = { id: 2 }
const foreignContents = { id: 3 }
const own = [mainContents, quickLogContents]
const DEV = 'http://localhost:5173/'

const from = (sender: unknown, url: string | null) => ({
  sender,
  senderFrame: url === null ? null : { url },
})

describe('the IPC sender check', () => {
  it('accepts the app:// page in either of Loosen’s windows', () => {
    expect(
      isTrustedIpcSender(from(mainContents, 'app://loosen/index.html#/log'), own, undefined),
    ).toBe(true)
    expect(
      isTrustedIpcSender(from(quickLogContents, 'app://loosen/index.html#/quick-log'), own, DEV),
    ).toBe(true)
  })

  it('refuses web contents that are not Loosen’s, even on the app origin', () => {
    expect(
      isTrustedIpcSender(from(foreignContents, 'app://loosen/index.html'), own, undefined),
    ).toBe(false)
    expect(isTrustedIpcSender(from(mainContents, 'app://loosen/index.html'), [], undefined)).toBe(
      false,
    )
  })

  it('refuses a frame that is gone (null senderFrame)', () => {
    expect(isTrustedIpcSender(from(mainContents, null), own, undefined)).toBe(false)
    expect(isTrustedIpcSender(from(mainContents, null), own, DEV)).toBe(false)
  })

  it('refuses a foreign origin in our own window', () => {
    for (const url of [
      'https://example.com/',
      'app://elsewhere/index.html',
      'file:///opt/loosen/index.html',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isTrustedIpcSender(from(mainContents, url), own, undefined), url).toBe(false)
    }
  })

  it('accepts the dev server’s origin only when there is a dev server (never when packaged)', () => {
    const devPage = from(mainContents, 'http://localhost:5173/#/reminders')
    expect(isTrustedIpcSender(devPage, own, DEV)).toBe(true)
    expect(isTrustedIpcSender(devPage, own, undefined)).toBe(false)
    expect(isTrustedIpcSender(from(mainContents, 'http://localhost:5174/'), own, DEV)).toBe(false)
  })
})
