#!/usr/bin/env node
// Runs before `npm install`, `npm start`, `npm run dev` and `npm test`. Written in old JavaScript
// on purpose: it must parse on the old Node it is there to turn away, with one clear message
// instead of a buried engine warning now and a `node:sqlite` crash later.
'use strict'

var MINIMUM = [22, 13]

function tooOld(version) {
  var parts = String(version).replace(/^v/, '').split('.')
  var major = Number(parts[0])
  var minor = Number(parts[1])
  return major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])
}

if (require.main === module && tooOld(process.version)) {
  process.stderr.write(
    '\nLoosen needs Node.js ' +
      MINIMUM.join('.') +
      ' or newer (Node 24 is recommended); this is Node ' +
      process.version +
      ". Loosen keeps its data with Node's built-in node:sqlite, which older versions lack. " +
      'Install Node 24 from https://nodejs.org or with a version manager (for example ' +
      '`nvm install 24`), then run the same npm command again.\n\n',
  )
  process.exit(1)
}

module.exports = { tooOld: tooOld, MINIMUM: MINIMUM }
