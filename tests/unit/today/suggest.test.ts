import { describe, expect, it } from 'vitest'
import { LONG_SITTING_MS, suggestPractice } from '../../../renderer/src/today/suggest'

const MIN = 60_000

describe('suggestPractice', () => {
  it('offers movement after a long stretch of sitting, whatever the hour or rating', () => {
    for (const hour of [9, 15, 21]) {
      const s = suggestPractice({ hour, recentRatings: [8], sittingMs: 70 * MIN })
      expect(s.practiceId).toBe('movement-break')
      expect(s.why).toContain('70 minutes')
    }
  })

  it('treats the long-sitting threshold as inclusive and just below it as not long', () => {
    expect(
      suggestPractice({ hour: 10, recentRatings: [], sittingMs: LONG_SITTING_MS }).practiceId,
    ).toBe('movement-break')
    expect(
      suggestPractice({ hour: 10, recentRatings: [], sittingMs: LONG_SITTING_MS - 1 }).practiceId,
    ).toBe('cyclic-sighing')
  })

  it('offers a body scan in the evening when the last self-rating was high', () => {
    const s = suggestPractice({ hour: 20, recentRatings: [7, 2], sittingMs: 10 * MIN })
    expect(s.practiceId).toBe('hip-pelvis-body-scan')
    expect(s.why).toContain('7/10')
    // Late at night counts as evening too.
    expect(suggestPractice({ hour: 1, recentRatings: [6], sittingMs: null }).practiceId).toBe(
      'hip-pelvis-body-scan',
    )
  })

  it('looks at the newest rating only: an older high one does not count', () => {
    expect(suggestPractice({ hour: 20, recentRatings: [3, 9], sittingMs: null }).practiceId).toBe(
      'cyclic-sighing',
    )
  })

  it('keeps short breathing for daytime tension, evenings at ease and a new user', () => {
    expect(suggestPractice({ hour: 11, recentRatings: [9], sittingMs: 5 * MIN }).practiceId).toBe(
      'cyclic-sighing',
    )
    expect(suggestPractice({ hour: 19, recentRatings: [5], sittingMs: null }).practiceId).toBe(
      'cyclic-sighing',
    )
    expect(suggestPractice({ hour: 19, recentRatings: [], sittingMs: null }).practiceId).toBe(
      'cyclic-sighing',
    )
  })

  it('words every reason as an offer, never as a cause or a cure', () => {
    const inputs = [
      { hour: 9, recentRatings: [], sittingMs: 90 * MIN },
      { hour: 21, recentRatings: [8], sittingMs: null },
      { hour: 12, recentRatings: [], sittingMs: null },
    ]
    for (const input of inputs) {
      expect(suggestPractice(input).why).not.toMatch(/cure|treat|reduce|will (help|lower)/i)
    }
  })
})
