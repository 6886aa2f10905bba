import { readFileSync } from 'node:fs'

// The built preload, run before the page's own scripts the way Electron runs a sandboxed
// preload: its `require` knows only 'electron', which gives it contextBridge, ipcRenderer and
// webUtils.
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
  // A File or Blob crosses Electron's bridge as itself (webUtils.getPathForFile needs it so).
  if (value instanceof Blob) return value
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
// Where each file the OS chooser gave the page is on disk (Chromium knows it; the page does not).
// The stand-in answers a chooser with files the test named: it hands their paths in just before
// setting them, and the first listener on the change (capturing, on the window) keeps them.
const filePaths = new WeakMap()
let chosenPaths = []
Object.defineProperty(globalThis, '__standinChosenPaths', {
  enumerable: false,
  value(paths) {
    chosenPaths = paths
  },
})
globalThis.addEventListener('change', (event) => {
  const input = event.target
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return
  const paths = chosenPaths
  chosenPaths = []
  Array.from(input.files).forEach((file, i) => {
    const path = paths[i]
    if (path && path.split(/[\\/]/).pop() === file.name) filePaths.set(file, path)
  })
}, true)
// Electron's documented behaviour: a File's path on disk; '' for one made in JS; throws otherwise.
const webUtils = Object.freeze({
  getPathForFile(file) {
    if (!(file instanceof File)) throw new TypeError('Error processing argument at index 0, conversion failure from ' + String(file))
    return filePaths.get(file) ?? ''
  },
})
function sandboxedRequire(name) {
  if (name === 'electron') return Object.freeze({ contextBridge, ipcRenderer, webUtils })
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
