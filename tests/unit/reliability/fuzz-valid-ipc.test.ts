import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createManualWorld } from '../../../electron/main/reminders/manual-world'
import { createMainServices } from '../../../electron/main/services'
import { channelNames, type ChannelName } from '../../../electron/shared/contract'
import { useTempFolder } from '../../support/temp-folder'
import { TableHashes } from './table-hashes'
import { TABLES_CHANNEL_MAY_CHANGE } from './table-ownership'
import { emptyModel, type Real } from './valid-model'
import { checkinSteps } from './valid-steps-checkins'
import { reportSteps } from './valid-steps-report'
import { logSteps } from './valid-steps-log'
import { otherSteps } from './valid-steps-other'
import { stopSteps } from './valid-steps-stops'

const RUNS = 40
const SEED = 20_261_130
const START = Date.parse('2026-11-23T08:00:00Z')

/**
 * Sequences of valid requests, as the renderer would send them, with time passing between them.
 * After each, the test checks what it asked for against its own model (a rating added is in the
 * log with the values sent, a practice deleted is gone), and that the request changed only the
 * tables its channel owns (table-ownership.ts).
 */
describe('valid IPC sequences', () => {
  const tempFolder = useTempFolder('loosen-valid-fuzz-')

  it('names the tables every channel may change', () => {
    expect(Object.keys(TABLES_CHANNEL_MAY_CHANGE).sort()).toEqual([...channelNames].sort())
  })

  it('do what they ask and change only the tables their channel owns', async () => {
    const calls = new Map<ChannelName, number>()
    const errors: string[] = []
    const steps = fc.commands(
      [...logSteps, ...otherSteps, ...checkinSteps, ...reportSteps, ...stopSteps],
      {
        maxCommands: 80,
        size: 'max',
      },
    )
    await fc.assert(
      fc.asyncProperty(steps, async (commands) => {
        const folder = join(tempFolder(), 'data')
        const clock = { now: START }
        const world = createManualWorld('UTC')
        const main = createMainServices({
          dataFolder: folder,
          appVersion: '0.0.0-test',
          platform: 'linux',
          now: () => clock.now,
          emit: () => undefined,
          log: { error: (message, error) => errors.push(`${message}: ${String(error)}`) },
          reminders: world,
        })
        const tables = new TableHashes(join(folder, 'loosen.db'))
        const real: Real = { main, world, clock, tables, calls }
        try {
          await fc.asyncModelRun(() => ({ model: emptyModel(), real }), commands)
        } finally {
          tables.close()
          main.close()
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    )
    expect(errors, 'handlers that threw unexpectedly').toEqual([])
    const unused = channelNames.filter((channel) => !calls.has(channel))
    expect(unused, 'channels no valid request reached').toEqual([])
    console.log(
      `[fuzz-valid-ipc] ${String([...calls.values()].reduce((a, b) => a + b, 0))} valid requests in ${String(RUNS)} sequences`,
    )
  }, 120_000)
})
