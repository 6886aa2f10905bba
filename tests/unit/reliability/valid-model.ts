import type fc from 'fast-check'
import { expect } from 'vitest'
import type { ManualWorld } from '../../../electron/main/reminders/manual-world'
import type { MainServices } from '../../../electron/main/services'
import type { ChannelName, RequestOf, ResponseOf } from '../../../electron/shared/contract'
import type { Rating } from '../../../electron/shared/contract/log'
import type { PracticeSession } from '../../../electron/shared/practice/session-schema'
import type { Result } from '../../../electron/shared/result'
import { expectedRollups, storedRollups } from '../../support/rollup-oracle'
import { changedTables, type TableHashes } from './table-hashes'
import { trespasses } from './table-ownership'

/** What the test itself believes is stored, built only from the requests it sent. */
export interface Model {
  ratings: Map<string, Rating>
  /** Ratings deleted and not yet restored: their snapshots, for "Undo". */
  deleted: Rating[]
  sessions: Map<string, PracticeSession>
  custom: Map<string, { kind: string; name: string; body: unknown }>
}

export interface Real {
  main: MainServices
  world: ManualWorld
  clock: { now: number }
  tables: TableHashes
  /** Calls per channel, to show every channel was exercised. */
  calls: Map<ChannelName, number>
}

export function emptyModel(): Model {
  return { ratings: new Map(), deleted: [], sessions: new Map(), custom: new Map() }
}

/** Sends one request and fails if it changed a table its channel does not own. */
export async function call<C extends ChannelName>(
  real: Real,
  channel: C,
  payload?: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  const before = real.tables.snapshot()
  const answer = await real.main.dispatch(channel, payload)
  const changed = changedTables(before, real.tables.snapshot())
  real.calls.set(channel, (real.calls.get(channel) ?? 0) + 1)
  expect(
    trespasses(channel, payload, changed),
    `${channel} changed tables it does not own`,
  ).toEqual([])
  if (!answer.ok) {
    expect(changed, `${channel} was refused yet changed tables`).toEqual([])
  }
  // Insights' rollups (migration 009) always equal what the raw rows give, whatever was sent.
  expect(storedRollups(real.tables), `${channel} left the Insights rollups behind`).toEqual(
    expectedRollups(real.tables),
  )
  return answer as Result<ResponseOf<C>>
}

/** Like call(), for a request that must succeed. */
export async function ok<C extends ChannelName>(
  real: Real,
  channel: C,
  payload?: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const answer = await call(real, channel, payload)
  if (!answer.ok) {
    throw new Error(`${channel} refused a valid request: ${JSON.stringify(answer.error)}`)
  }
  return answer.value
}

/** Every rating in the log, through the paged list the Log screen uses. */
export async function allRatings(real: Real): Promise<Map<string, Rating>> {
  const found = new Map<string, Rating>()
  let before: { takenAt: number; id: string } | undefined
  for (;;) {
    const page = await ok(real, 'log:listRatings', before ? { limit: 200, before } : { limit: 200 })
    for (const rating of page.ratings) found.set(rating.id, rating)
    if (!page.next) return found
    before = page.next
  }
}

/** A rating as the user entered it: what must read back, whatever the zone and id. */
export function userFields(r: Rating) {
  return {
    value: r.value,
    takenAt: r.takenAt,
    regions: r.regions,
    note: r.note,
    tags: [...r.tags].sort(),
    sessionId: r.sessionId,
    phase: r.phase,
  }
}

/** One generated step: a request (or a pause in time) and what must be true after it. */
export class Step implements fc.AsyncCommand<Model, Real> {
  constructor(
    private readonly label: string,
    private readonly go: (model: Model, real: Real) => Promise<void>,
    private readonly can: (model: Model) => boolean = () => true,
  ) {}

  check(model: Readonly<Model>): boolean {
    return this.can(model)
  }

  async run(model: Model, real: Real): Promise<void> {
    await this.go(model, real)
  }

  toString(): string {
    return this.label.length > 200 ? `${this.label.slice(0, 200)}…` : this.label
  }
}

/** The n-th key of a map, wrapping around; the map must not be empty. */
export function pick<K>(keys: Iterable<K>, n: number): K {
  const list = [...keys]
  const key = list[n % list.length]
  if (key === undefined) throw new Error('pick() from an empty list')
  return key
}
