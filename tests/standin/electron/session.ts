import type * as Electron from 'electron'
import { assertReady } from './runtime'

// session.defaultSession: permission handlers and header rewriting, recorded so a scenario can
// ask them what they answer.

type RequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0]
type CheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0]
type DeviceHandler = Parameters<Electron.Session['setDevicePermissionHandler']>[0]
type HeadersListener = Parameters<Electron.WebRequest['onHeadersReceived']>[0]

export class StandInSession {
  permissionRequest: RequestHandler = null
  permissionCheck: CheckHandler = null
  devicePermission: DeviceHandler = null
  headersReceived: HeadersListener | null = null
  spellCheckerEnabled = true

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener | null) => {
      this.headersReceived = listener
    },
  }

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.permissionRequest = handler
  }
  setPermissionCheckHandler(handler: CheckHandler): void {
    this.permissionCheck = handler
  }
  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.devicePermission = handler
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled
  }
  isSpellCheckerEnabled(): boolean {
    return this.spellCheckerEnabled
  }
  setSpellCheckerLanguages(_languages: string[]): void {
    // Recorded nowhere: Loosen should not ask for dictionaries at all.
  }

  /** What the app answers when a page asks for the camera, or checks for notifications. */
  async probePermissions(): Promise<{ request: boolean | null; check: boolean | null }> {
    const request = this.permissionRequest
      ? await new Promise<boolean>((resolve) => {
          this.permissionRequest?.(
            // The handler gets the asking page's contents; Loosen's ignores it.
            null as unknown as Electron.WebContents,
            'media',
            (granted) => resolve(granted),
            {} as Electron.PermissionRequest,
          )
        })
      : null
    const check = this.permissionCheck
      ? this.permissionCheck(null, 'notifications', 'app://loosen', {
          isMainFrame: true,
          requestingUrl: 'app://loosen/index.html',
        })
      : null
    return { request, check }
  }
}

let defaultSession: StandInSession | null = null

export const session = {
  get defaultSession(): StandInSession {
    assertReady('session.defaultSession')
    defaultSession ??= new StandInSession()
    return defaultSession
  },
}
