import { describe, expect, it } from 'vitest'
import { logChannels, MAX_IMPORT_CHARS } from '../../../electron/shared/contract/log'
import { useTempFolder } from '../../support/temp-folder'
import { exportOf } from '../transfer/transfer-world'

const importRequest = logChannels['log:previewImport'].request

describe('anything Loosen exports, Loosen imports: the size cap', () => {
  const temp = useTempFolder('loosen-cap-')

  it('lets through the export of a heavy history (1M self-ratings with their sessions)', async () => {
    // Measured on an export the app makes (sessions, regions, tags, notes as seeded), then
    // scaled: 1M ratings come to about 280 million characters, about half the cap.
    const ratings = 2_000
    const text = await exportOf(temp(), ratings)
    const perRating = text.length / ratings
    expect(perRating * 1_000_000).toBeLessThan(MAX_IMPORT_CHARS * 0.6)
  }, 120_000)

  it('is the longest string JavaScript can hold, so no export (one string) is ever over it', () => {
    // V8 refuses the length before allocating anything.
    expect(() => 'x'.repeat(MAX_IMPORT_CHARS + 1)).toThrow(RangeError)
  })

  it('accepts a text well over the 100 MB that once capped it', () => {
    const text = 'x'.repeat(150_000_000)
    expect(importRequest.safeParse({ fileName: 'big.json', text }).success).toBe(true)
  })
})
