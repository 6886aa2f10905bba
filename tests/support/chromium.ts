import { existsSync } from 'node:fs'

// The Chromium every browser test uses: the system's (CI cannot download Playwright's own),
// started so that it never knocks on a closed network.

export function systemChromium(): string {
  const found = [
    process.env['LOOSEN_CHROMIUM'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
  ].find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)))
  return found ?? ''
}

export function chromiumArgs(): string[] {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--autoplay-policy=no-user-gesture-required',
    // Chromium refuses to run as root with its sandbox on.
    ...(runningAsRoot ? ['--no-sandbox'] : []),
  ]
}
