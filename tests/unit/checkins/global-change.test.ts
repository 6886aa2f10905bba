import { describe, expect, it } from 'vitest'
import {
  GLOBAL_CHANGE_OPTIONS,
  GLOBAL_CHANGE_QUESTION,
  globalChangeLabel,
  globalChangeMeaningful,
} from '../../../electron/shared/checkins/global-change'

describe('global impression of change (PGIC-style, 7 points)', () => {
  it('runs from very much improved (1) through no change (4) to very much worse (7)', () => {
    expect(GLOBAL_CHANGE_OPTIONS.map((option) => option.value)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(globalChangeLabel(1)).toBe('Very much improved')
    expect(globalChangeLabel(4)).toBe('No change')
    expect(globalChangeLabel(7)).toBe('Very much worse')
  })

  it('uses its own wording, not the published PGIC question', () => {
    expect(GLOBAL_CHANGE_QUESTION).toContain('Loosen')
    expect(GLOBAL_CHANGE_QUESTION).not.toMatch(
      /activity limitations|emotions|overall quality of life/i,
    )
  })

  it.each([
    { value: 1, meaningful: true },
    { value: 2, meaningful: true },
    { value: 3, meaningful: false },
    { value: 4, meaningful: false },
    { value: 7, meaningful: false },
  ])('answer $value: much improved or better is $meaningful', ({ value, meaningful }) => {
    expect(globalChangeMeaningful(value)).toBe(meaningful)
  })

  it('refuses an answer that is not one of the seven', () => {
    expect(() => globalChangeLabel(0)).toThrow(RangeError)
    expect(() => globalChangeLabel(8)).toThrow(RangeError)
  })
})
