import { homedir } from 'node:os'
import { join } from 'node:path'
import { launchStandIn } from './launch'

// `npm run preview:browser`: the built Loosen, main process and all, with its window in the
// system's Chromium, for a look without Electron. Data goes to its own folder, never to the
// real app's. Closing the window quits (there is no tray to keep it in).

const platform =
  process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'
const userData = join(homedir(), '.loosen-preview')
const app = launchStandIn({
  platform,
  userData,
  headless: false,
  statusNotifierHost: false,
  startTime: Date.now(),
})
console.log(`Loosen preview: data in ${userData}. Close the window to stop.`)
app.child.stdout?.pipe(process.stdout)
app.child.stderr?.pipe(process.stderr)
void app.exited.then(({ code }) => process.exit(code ?? 0))
