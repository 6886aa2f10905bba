import { readFileSync } from 'node:fs'

// The built preload, run before the page's own scripts the way Electron runs a sandboxed
// preload: its `require` knows only 'electron', which gives it contextBridge and ipcRenderer.
// Values crossing the bridge are copied (functions are wrapped), IPC arguments go through
// structuredClone, and the transport binding is removed from the page before the app loads.
// (Electron also runs the preload in an isolated world; Chromium's main world stands in here.)

const RUNTIME = String.raw`
const transport = globalThis.__standinIpc
try { delete globalThis.__standinIpc } catch {}
const listeners = new Map()
const ipcRenderer = Object.freeze({
  async invoke(channel, ...args) {
    const reply = await transport({ channel, args: structuredClone(args) })
    if (!reply.ok) throw new Error("Error invoking remote method '" + channel + "': " + reply.error)
    return reply.value
  },
  on(channel, listener) {
    if (!listeners.has(channel)) listeners.set(channel, new Set())
    listeners.get(channel).add(listener)
    return ipcRenderer
  },
  removeListener(channel, listener) {
    listeners.get(channel)?.delete(listener)
    return ipcRenderer
  },
  off(channel, listener) {
    return ipcRenderer.removeListener(channel, listener)
  },
})
Object.defineProperty(globalThis, '__standinDeliver', {
  enumerable: false,
  value(channel, args) {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args)
  },
})
function acrossBridge(value) {
  if (typeof value === 'function') return (...args) => acrossBridge(value(...args.map(acrossBridge)))
  if (value instanceof Promise) return value.then(acrossBridge)
  if (Array.isArray(value)) return value.map(acrossBridge)
  if (value && typeof value === 'object') {
    const copy = {}
    for (const key of Object.keys(value)) copy[key] = acrossBridge(value[key])
    return Object.isFrozen(value) ? Object.freeze(copy) : copy
  }
  return value
}
const contextBridge = Object.freeze({
  exposeInMainWorld(key, api) {
    if (key in globalThis) throw new Error('Cannot bind an API on top of an existing property on the window object')
    Object.defineProperty(globalThis, key, { value: acrossBridge(api), enumerable: true, writable: false, configurable: false })
  },
})
function sandboxedRequire(name) {
  if (name === 'electron') return Object.freeze({ contextBridge, ipcRenderer })
  throw new Error('module not found: ' + name + ' (a sandboxed preload can only require electron)')
}
`

export function preloadInitScript(preloadFile: string): string {
  const source = readFileSync(preloadFile, 'utf8')
  return `(() => {
${RUNTIME}
const module = { exports: {} }
;(function (require, module, exports) {
${source}
})(sandboxedRequire, module, module.exports)
})()`
}
