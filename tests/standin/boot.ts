import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire, registerHooks } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { installClock } from './electron/clock'
import { listenForCommands } from './electron/control'
import * as electron from './electron/index'
import { app } from './electron/app'
import { config, report, runtime } from './electron/runtime'

// The stand-in's main process: it becomes what Electron's browser process is to the app, then
// loads the app's package.json `main` (the built out/main/index.js) exactly as Electron would.

const ELECTRON_KEY = Symbol.for('loosen.standin.electron')
;(globalThis as Record<symbol, unknown>)[ELECTRON_KEY] = electron

// `require('electron')` from anywhere in the app resolves to the stand-in.
const shim = join(__dirname, 'electron-shim.cjs')
writeFileSync(shim, `module.exports = globalThis[Symbol.for('loosen.standin.electron')]\n`)
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: pathToFileURL(shim).href, shortCircuit: true }
    return next(specifier, context)
  },
})

// The app sees the platform under test; Node's own modules keep the host's behaviour.
Object.defineProperty(process, 'platform', { value: config.platform })
Object.defineProperty(process, 'type', { value: 'browser' })
process.argv = [process.execPath, config.appPath, ...config.argv]

// Electron shows a dialog for an uncaught error in main and keeps running; so does the stand-in,
// and the test sees it as a broken rule.
process.on('uncaughtException', (error) => {
  const message = `A JavaScript error occurred in the main process: ${error.stack ?? String(error)}`
  runtime.violations.push(message)
  report({ type: 'violation', message })
})
process.on('unhandledRejection', (reason) => {
  const message = `Unhandled promise rejection in the main process: ${String(reason)}`
  runtime.violations.push(message)
  report({ type: 'violation', message })
})

listenForCommands()
installClock()

const manifest = JSON.parse(readFileSync(join(config.appPath, 'package.json'), 'utf8')) as {
  main?: string
}
createRequire(__filename)(join(config.appPath, manifest.main ?? 'index.js'))
// Electron emits `ready` after the app's entry script has run.
setImmediate(() => app.becomeReady())
