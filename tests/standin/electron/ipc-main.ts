import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import { violation } from './runtime'

// ipcMain: one handler per channel (a second handle() throws, as in Electron), and every
// payload and reply is copied with structuredClone, as Electron's IPC serialises them.

type Handler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown

export class StandInIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>()

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) {
      throw violation(`Attempted to register a second handler for '${channel}'`)
    }
    this.handlers.set(channel, handler)
  }

  handleOnce(channel: string, handler: Handler): void {
    this.handle(channel, (event, ...args) => {
      this.handlers.delete(channel)
      return handler(event, ...args)
    })
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  /** What ipcRenderer.invoke does on the main side. */
  async invoke(
    event: Electron.IpcMainInvokeEvent,
    channel: string,
    args: unknown[],
  ): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const reply = await handler(event, ...structuredClone(args))
    return structuredClone(reply)
  }
}

export const ipcMain = new StandInIpcMain()
