import { isTrustedSenderUrl } from './app-url'

/** The parts of an IPC event the check reads; Electron's IpcMainInvokeEvent has them. */
export interface IpcSender {
  sender: unknown
  /** Null when the frame navigated away or was destroyed before the message arrived. */
  senderFrame: { url: string } | null
}

/**
 * Whether an IPC request may be dispatched: it must come from one of Loosen's own web contents,
 * from a frame that still exists, and from a page on app://loosen (or, in development only, on
 * the dev server's origin). Anything else is refused before its payload is looked at.
 */
export function isTrustedIpcSender(
  event: IpcSender,
  ownContents: readonly unknown[],
  devServerUrl: string | undefined,
): boolean {
  if (!ownContents.includes(event.sender)) return false
  const frame = event.senderFrame
  if (frame === null) return false
  return isTrustedSenderUrl(frame.url, devServerUrl)
}
