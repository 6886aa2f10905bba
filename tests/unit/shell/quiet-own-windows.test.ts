import { endianness } from 'node:os'
import { describe, expect, it } from 'vitest'
import type { QuietWanted } from '../../../electron/main/reminders/quiet-source'
import { createLinuxQuietSource } from '../../../electron/main/shell/quiet/linux-quiet-source'
import {
  ownX11WindowIds,
  x11WindowId,
  type NativeWindow,
} from '../../../electron/main/shell/quiet/own-windows'
import type { RunCommand } from '../../../electron/main/shell/tray-host'

/** A BrowserWindow as Electron gives its handle on 64-bit Linux: the XID, 8 bytes. */
function fakeWindow(xid: number, destroyed = false): NativeWindow {
  const handle = Buffer.alloc(8)
  if (endianness() === 'LE') handle.writeBigUInt64LE(BigInt(xid))
  else handle.writeBigUInt64BE(BigInt(xid))
  return { isDestroyed: () => destroyed, getNativeWindowHandle: () => handle }
}

/** xprop answering for one active window: fullscreen, of the given class. */
function xprop(activeId: string, cls: string): RunCommand {
  return (file, args) => {
    const line = [file, ...args].join(' ')
    if (line === 'xprop -root _NET_ACTIVE_WINDOW')
      return Promise.resolve({
        ok: true,
        stdout: `_NET_ACTIVE_WINDOW(WINDOW): window id # ${activeId}\n`,
      })
    if (line === `xprop -id ${activeId} _NET_WM_STATE WM_CLASS`)
      return Promise.resolve({
        ok: true,
        stdout: `_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\nWM_CLASS(STRING) = "${cls}", "${cls}"\n`,
      })
    return Promise.resolve({ ok: false, stdout: '' })
  }
}

const WANTED: QuietWanted = { call: false, fullscreen: true, dnd: false, apps: ['loosen', 'zoom'] }
const noProc = { list: () => Promise.resolve([]), link: () => Promise.resolve(null) }

describe("Loosen's own windows in the Linux quiet source", () => {
  it('reads the X11 id from the native handle as xprop prints it', () => {
    expect(x11WindowId(fakeWindow(0x3a00004).getNativeWindowHandle())).toBe('0x3a00004')
    const short = Buffer.alloc(4)
    if (endianness() === 'LE') short.writeUInt32LE(0x2c00011)
    else short.writeUInt32BE(0x2c00011)
    expect(x11WindowId(short)).toBe('0x2c00011')
    // Wayland: no X11 window behind the handle.
    expect(x11WindowId(Buffer.alloc(0))).toBeNull()
    expect(x11WindowId(Buffer.alloc(8))).toBeNull()
  })

  it('a break window of Loosen in front, even fullscreen, is not another app: reminders stay on', async () => {
    const windows = [fakeWindow(0x3a00004), fakeWindow(0x3c00007), fakeWindow(0x4e00001, true)]
    const source = (active: string, cls: string) =>
      createLinuxQuietSource({
        run: xprop(active, cls),
        proc: noProc,
        ownPid: 1,
        ownWindowIds: ownX11WindowIds(() => windows),
      })
    // The break window (leading zeros as some window managers print them).
    expect(await source('0x03c00007', 'loosen').read(WANTED)).toBeNull()
    expect(await source('0x3a00004', 'loosen').read(WANTED)).toBeNull()
    // A window closed since is no longer Loosen's: its id may belong to another app by now.
    expect(await source('0x4e00001', 'vlc').read(WANTED)).toEqual({
      reason: 'fullscreen',
      detail: null,
    })
    expect(await source('0x5000002', 'zoom').read({ ...WANTED, fullscreen: false })).toEqual({
      reason: 'focus-app',
      detail: 'zoom',
    })
  })

  it('asks for the windows afresh at each check, as break windows come and go', () => {
    const windows: NativeWindow[] = [fakeWindow(0x3a00004)]
    const ids = ownX11WindowIds(() => windows)
    expect(ids()).toEqual(['0x3a00004'])
    windows.push(fakeWindow(0x3a0000c))
    expect(ids()).toEqual(['0x3a00004', '0x3a0000c'])
  })
})
