import { describe, expect, it } from 'vitest'
import { decodeWire, encodeWire } from '../../e2e/harness/wire'

/** What the page or main receives once a value has crossed the harness's bridge. */
const across = (value: unknown): unknown => decodeWire(encodeWire(value))

describe("the harness bridge's wire", () => {
  it('delivers what structured clone (Electron IPC) would deliver', () => {
    const value = {
      ok: false,
      error: { code: 'invalid_input', message: 'No.', field: undefined },
      list: [1, undefined, null, 'two', [3, [4]], { deep: { deeper: [true] } }],
      numbers: [Number.NaN, Infinity, -Infinity, -0, 0, 1.5, Number.MAX_SAFE_INTEGER],
      when: new Date('2026-11-30T21:00:00.123Z'),
      never: new Date(Number.NaN),
      big: 12345678901234567890n,
      pattern: /a+b/giu,
      map: new Map<unknown, unknown>([
        ['k', new Date(0)],
        [2, [undefined]],
      ]),
      set: new Set([1, 'a', undefined]),
      bytes: new Uint8Array([0, 1, 254, 255]),
      floats: new Float64Array([Math.PI, -0, Number.NaN]),
      wide: new BigInt64Array([-1n, 2n ** 62n]),
      buffer: new Uint8Array([9, 8, 7]).buffer,
      view: new DataView(new Uint8Array([1, 2]).buffer),
      problem: new RangeError('out of range'),
    }
    const delivered = across(value)
    expect(delivered).toStrictEqual(structuredClone(value))
    // toStrictEqual does not look inside every kind; these are what a reader would notice.
    const d = delivered as typeof value
    expect('field' in d.error).toBe(true)
    expect(d.list).toHaveLength(6)
    expect(Object.is(d.numbers[3], -0)).toBe(true)
    expect(d.when.toISOString()).toBe('2026-11-30T21:00:00.123Z')
    expect(Number.isNaN(d.never.getTime())).toBe(true)
    expect(d.pattern.flags).toBe('giu')
    expect([...d.bytes]).toEqual([0, 1, 254, 255])
    expect(d.floats).toBeInstanceOf(Float64Array)
    expect([...new Uint8Array(d.buffer)]).toEqual([9, 8, 7])
    expect(d.view.getUint8(1)).toBe(2)
    expect(d.problem.name).toBe('RangeError')
    expect(d.problem.message).toBe('out of range')
  })

  it('delivers a Node Buffer as the Uint8Array IPC makes of it, only its own bytes', () => {
    const whole = Buffer.from('abcdef')
    const delivered = across(whole.subarray(2, 4))
    expect(delivered).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(delivered as Uint8Array).toString()).toBe('cd')
  })

  it('keeps keys that look like its own tag or a prototype as plain keys', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "\\u0000loosen-wire": "undefined", "v": 1}',
    ) as object
    const delivered = across({ payload: hostile, list: [hostile] }) as {
      payload: Record<string, unknown>
      list: Record<string, unknown>[]
    }
    expect(Object.keys(delivered.payload)).toEqual(['__proto__', '\u0000loosen-wire', 'v'])
    expect(delivered.payload['\u0000loosen-wire']).toBe('undefined')
    expect(Object.getPrototypeOf(delivered.payload)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(delivered.payload, '__proto__')?.value).toEqual({
      polluted: true,
    })
    expect(Object.keys(delivered.list[0] ?? {})).toHaveLength(3)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('refuses what structured clone refuses, and a cycle, instead of dropping it', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic['self'] = cyclic
    for (const value of [{ run: () => 1 }, [Symbol('s')], cyclic]) {
      expect(() => encodeWire(value)).toThrow(expect.objectContaining({ name: 'DataCloneError' }))
    }
    // A value met twice without a cycle is not one.
    const shared = { n: 1 }
    expect(across([shared, shared])).toEqual([{ n: 1 }, { n: 1 }])
  })

  it('sends an Insights-sized answer as one string a reader can parse', () => {
    const points = Array.from({ length: 184 }, (_, i) => ({ day: `2026-01-${i}`, mean: i / 3 }))
    const text = encodeWire({ ok: true, value: { points } })
    expect(typeof text).toBe('string')
    expect((JSON.parse(text) as { value: { points: unknown[] } }).value.points).toHaveLength(184)
  })
})
