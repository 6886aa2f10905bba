// Loaded with `node --require` before Electronegativity. Its CSV report writes the header and
// the findings with two asynchronous fs.writeFile calls (the header truncating, the findings
// appending), so the header sometimes lands last and cuts the first finding in half. Writing the
// header synchronously puts it first every time.
const fs = require('node:fs') // eslint-disable-line @typescript-eslint/no-require-imports
const originalWriteFile = fs.writeFile
fs.writeFile = function writeFile(file, data, ...rest) {
  if (typeof data === 'string' && data.startsWith('issue, severity, confidence')) {
    const callback = rest.find((arg) => typeof arg === 'function')
    try {
      fs.writeFileSync(file, data)
      if (callback) process.nextTick(callback, null)
    } catch (error) {
      if (callback) process.nextTick(callback, error)
    }
    return
  }
  return originalWriteFile.call(this, file, data, ...rest)
}
