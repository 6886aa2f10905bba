// Starts Loosen's main-side services on a data folder, in a child process the storage test runs
// as an unprivileged user (tests run as root in CI, and root can write anywhere). Prints one JSON
// line: the error createMainServices threw, or what a save and a read answered.
//
//   node --import tsx tests/support/open-data-folder-child.ts <data folder>
import { writeSync } from 'node:fs'
import { DataFolderError } from '../../electron/main/db/open-data-folder'
import { createMainServices } from '../../electron/main/services'

const folder = process.argv[2] ?? ''

async function main(): Promise<unknown> {
  let services
  try {
    services = createMainServices({
      dataFolder: folder,
      appVersion: '0.0.0-test',
      platform: process.platform,
      now: () => Date.now(),
      emit: () => undefined,
      log: { error: () => undefined },
    })
  } catch (error) {
    return {
      thrown:
        error instanceof DataFolderError
          ? { name: error.name, problem: error.problem, message: error.message }
          : { name: 'other', message: String(error) },
    }
  }
  const save = await services.dispatch('log:addRating', { value: 4, note: 'from the child' })
  const list = await services.dispatch('log:listRatings', undefined)
  services.close()
  return { save, list }
}

void main().then((answer) => writeSync(1, `${JSON.stringify(answer)}\n`))
