import type * as Electron from 'electron'
import { privilegedSchemes } from './page-urls'
import { assertReady, runtime, violation } from './runtime'

// protocol: privileged schemes are registered once and before `ready`; handlers after `ready`,
// one per scheme.

type Handler = (request: Request) => Response | Promise<Response>

let registeredPrivileged = false
export const protocolHandlers = new Map<string, Handler>()

export const protocol = {
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (runtime.ready) {
      throw violation('protocol.registerSchemesAsPrivileged must be called before the app is ready')
    }
    if (registeredPrivileged) {
      throw violation('protocol.registerSchemesAsPrivileged can be called only once')
    }
    registeredPrivileged = true
    for (const { scheme } of schemes) privilegedSchemes.add(scheme.toLowerCase())
  },
  handle(scheme: string, handler: Handler): void {
    assertReady('protocol.handle')
    if (protocolHandlers.has(scheme)) {
      throw violation(`Failed to register protocol: ${scheme} is already handled`)
    }
    protocolHandlers.set(scheme, handler)
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme)
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme)
  },
} satisfies Pick<
  Electron.Protocol,
  'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'
>

/** Answers a request for an app:// URL with the app's own handler. */
export async function answerAppRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
): Promise<Response> {
  const scheme = url.slice(0, url.indexOf(':'))
  const handler = protocolHandlers.get(scheme)
  if (!handler) return new Response('', { status: 404 })
  return handler(new Request(url, { method, headers }))
}
