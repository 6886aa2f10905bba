import { endianness } from 'node:os'

/** What the quiet source needs of a BrowserWindow (a fake in tests). */
export interface NativeWindow {
  isDestroyed(): boolean
  /** On Linux/X11 the window's XID as a C `unsigned long` in the machine's byte order. */
  getNativeWindowHandle(): Buffer
}

/**
 * An X11 window id as `xprop` prints it ("0x3a00004"), from Electron's native handle: 8 bytes
 * on 64-bit Linux, 4 on 32-bit, in the machine's byte order. Anything else (Wayland's empty or
 * zero handle) is no id.
 */
export function x11WindowId(handle: Buffer): string | null {
  const little = endianness() === 'LE'
  let id: bigint
  if (handle.length === 8) id = little ? handle.readBigUInt64LE(0) : handle.readBigUInt64BE(0)
  else if (handle.length === 4)
    id = BigInt(little ? handle.readUInt32LE(0) : handle.readUInt32BE(0))
  else return null
  return id === 0n ? null : `0x${id.toString(16)}`
}

/**
 * Loosen's own open windows (the main window, the quick log, every break window) as X11 ids,
 * read afresh at each quiet check: break windows come and go with each reminder, and one of
 * them in front must not count as "another app fullscreen" or "a chosen app in front".
 */
export function ownX11WindowIds(windows: () => readonly NativeWindow[]): () => string[] {
  return () => {
    const ids: string[] = []
    for (const window of windows()) {
      if (window.isDestroyed()) continue
      const id = x11WindowId(window.getNativeWindowHandle())
      if (id) ids.push(id)
    }
    return ids
  }
}
