import { describe, expect, it } from 'vitest'
import { appUserModelId } from '../../../electron/main/shell/app-identity'
import { createShutdown } from '../../../electron/main/shell/shutdown'

describe('the end of a run', () => {
  it('runs each step once, whether session-end, will-quit or both come', () => {
    const done: string[] = []
    const shutdown = createShutdown(
      [() => done.push('tray'), () => done.push('reminders and database')],
      () => undefined,
    )
    shutdown() // session-end (Windows logoff)
    shutdown() // will-quit, where it still comes
    expect(done).toEqual(['tray', 'reminders and database'])
  })

  it('still closes the database when an earlier step throws', () => {
    const done: string[] = []
    const logged: string[] = []
    createShutdown(
      [
        () => {
          throw new Error('tray gone')
        },
        () => done.push('database closed'),
      ],
      (message) => logged.push(message),
    )()
    expect(done).toEqual(['database closed'])
    expect(logged).toHaveLength(1)
  })
})

describe('the AppUserModelId', () => {
  it('is the installer’s appId when packaged and a separate one for development runs', () => {
    expect(appUserModelId(true)).toBe('app.loosen.desktop')
    expect(appUserModelId(false)).toBe('app.loosen.desktop.dev')
  })
})
