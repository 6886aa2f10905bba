// Loaded with `node --require` before Electronegativity. Its optional online look-ups (updated
// translations, the list of Electron releases) cannot reach the network here and its HTTP client
// crashes on the time-out, so they are answered "offline" at once. The checks themselves run
// entirely on the local sources.
// A CommonJS preload script: require is the only way it can load modules.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require('node:module')
const originalLoad = Module._load
function offline() {
  return Promise.reject(new Error('offline: network look-ups are disabled for this scan'))
}
offline.head = offline
offline.get = offline
Module._load = function load(request, parent, isMain) {
  if (request === 'got') return { __esModule: true, default: offline }
  return originalLoad.call(this, request, parent, isMain)
}
