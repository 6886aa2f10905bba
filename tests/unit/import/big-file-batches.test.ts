import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/main/db/sqlite'
import { ImportService } from '../../../electron/main/import/import-service'
import { recordStoresFor } from '../../../electron/main/transfer/record-stores'
import { describeProblem } from '../../../electron/shared/log/transfer-types'
import { useTempFolder } from '../../support/temp-folder'
import { NOW, openLogTestDb } from '../log/log-test-db'

/** More ratings than one batch of the check (5,000), so what spans batches is seen. */
const COUNT = 12_000

function ratings(count: number, change: (rating: Record<string, unknown>, i: number) => void) {
  return Array.from({ length: count }, (_, i) => {
    const rating: Record<string, unknown> = {
      id: `rating-${i}`,
      takenAt: new Date(NOW - (i + 1) * 60_000).toISOString(),
      value: (i % 10) + 1,
    }
    change(rating, i)
    return rating
  })
}

describe('a file bigger than one batch of the check', () => {
  const tempFolder = useTempFolder()
  let db: Database | undefined
  afterEach(() => {
    db?.close()
    db = undefined
  })
  const service = () => {
    db ??= openLogTestDb(tempFolder())
    return new ImportService(
      db,
      () => NOW,
      recordStoresFor(db, () => NOW),
    )
  }

  it('finds an id repeated far apart, and problems in the first and the last batch', () => {
    const file = {
      formatVersion: 1,
      ratings: ratings(COUNT, (rating, i) => {
        if (i === 10_500) rating['id'] = 'rating-10'
        if (i === 2) rating['value'] = 11
        if (i === 11_999) rating['value'] = 11
      }),
    }
    const preview = service().preview('big.json', JSON.stringify(file))
    expect(preview.valid).toBe(false)
    const problems = preview.valid ? [] : preview.problems.map((p) => describeProblem(p))
    expect(problems).toHaveLength(3)
    expect(problems.join('\n')).toMatch(/^ratings record 3, value:/m)
    expect(problems.join('\n')).toMatch(
      /^ratings record 10501, id: The id "rating-10" is used by an earlier record/m,
    )
    expect(problems.join('\n')).toMatch(/^ratings record 12000, value:/m)
  })

  it('skips the ratings Loosen holds in any batch and adds every other one', () => {
    const imports = service()
    const file = JSON.stringify({ formatVersion: 1, ratings: ratings(COUNT, () => undefined) })
    const held = JSON.stringify({
      formatVersion: 1,
      ratings: ratings(COUNT, () => undefined).filter((_, i) => i === 7 || i === 9_000),
    })
    imports.commit('held.json', held, false)
    const preview = imports.preview('big.json', file)
    expect(preview.valid && preview.summary.added.ratings).toBe(COUNT - 2)
    expect(preview.valid && preview.summary.skipped.ratings).toBe(2)
    const result = imports.commit('big.json', file, false)
    expect(result.added.ratings).toBe(COUNT - 2)
    const rows = db?.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }
    expect(rows.n).toBe(COUNT)
  })
})
