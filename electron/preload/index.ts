import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { createApi } from './create-api'
import { LOOSEN_EVENT_CHANNEL, type LoosenEvent } from '../shared/contract/events'
import type { LoosenApi } from '../shared/contract'
import type { Result } from '../shared/result'

const api = createApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>,
  (listener) => {
    // The IPC event object is dropped so the renderer never holds a reference to ipcRenderer.
    const forward = (_event: unknown, message: LoosenEvent) => listener(message)
    ipcRenderer.on(LOOSEN_EVENT_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(LOOSEN_EVENT_CHANNEL, forward)
    }
  },
  // A picked file's path, for the import's worker to read from disk (Electron >= 29; File.path
  // is gone). It throws for a value that is not a File: the page then sends the text.
  (file) => webUtils.getPathForFile(file),
) satisfies LoosenApi

contextBridge.exposeInMainWorld('loosen', api)
