// A child process for the crash-safety test: it writes self-ratings one at a time through the
// real repository and prints each id only after its transaction has committed. The parent kills
// it with SIGKILL at random moments; every id it has read must survive.
//
//   node --import tsx tests/support/crash-writer.ts <database file> <how many> <first value>
import { writeSync } from 'node:fs'
import { openDatabase } from '../../electron/main/db/open-database'
import { RatingsRepository } from '../../electron/main/log/ratings-repository'
import { migrations } from '../../electron/main/migrations'

const [file, countText = '1000', firstText = '0'] = process.argv.slice(2)
if (!file) {
  process.stderr.write('usage: crash-writer.ts <database file> <count> <first value>\n')
  process.exit(2)
}

// Lines go to a non-blocking pipe, so a parent slow to read (a loaded machine) fills it and a write
// fails with EAGAIN; wait a moment and write the rest instead of dying.
const pause = new Int32Array(new SharedArrayBuffer(4))
function writeLine(text: string): void {
  let rest = Buffer.from(text)
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(1, rest))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(pause, 0, 0, 5)
    }
  }
}
// Lets the parent kill it while the file is being opened, recovered from its WAL or migrated.
writeLine('opening\n')
const opened = openDatabase(file, migrations)
const ratings = new RatingsRepository(opened.db, () => Date.now())
// Synchronous writes to fd 1: an id the parent reads was written after the commit returned.
writeLine('ready\n')

const count = Number(countText)
const first = Number(firstText)
for (let i = 0; i < count; i++) {
  const sequence = first + i
  const rating = ratings.add({
    value: sequence % 11,
    note: `write ${sequence}`,
    tags: sequence % 3 === 0 ? ['desk'] : [],
    regions: sequence % 2 === 0 ? { sacrum: sequence % 11 } : {},
  })
  writeLine(`${rating.id} ${sequence}\n`)
}
opened.db.close()
writeLine('done\n')
