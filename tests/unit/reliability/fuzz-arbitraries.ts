import fc from 'fast-check'
import type { SchemaVocabulary } from './schema-walk'

/** Keys that have polluted prototypes in other programs, plus inherited method names. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
]

const NASTY_VALUES: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  -1e15,
  -1_700_000_000_000,
  2 ** 53,
  1e308,
  Number.MIN_VALUE,
  0.5,
  null,
  undefined,
  true,
  false,
  '',
  ' ',
  '\u0000',
  '\ud800',
  '__proto__',
  'constructor',
  "'; DROP TABLE ratings; --",
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  'app://loosen/../../secret',
  'javascript:alert(1)',
  '%00%2e%2e',
  '1e309',
  'NaN',
  '{"__proto__":{"polluted":true}}',
]

/** An object with exactly these own, enumerable keys, `__proto__` included as a plain key. */
export function objectFrom(entries: readonly (readonly [string, unknown])[]): object {
  const target: Record<string, unknown> = {}
  for (const [key, value] of entries) {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return target
}

function nested(depth: number, kind: 'object' | 'array', key: string, leaf: unknown): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : objectFrom([[key, value]])
  return value
}

/**
 * Random and adversarial IPC payloads aimed at one channel: its own field names and enum
 * values mixed with wrong types, huge strings, deep nesting, prototype keys, NaN, ±Infinity
 * and negative times. Every value survives structured clone, as an IPC payload must.
 */
export function payloadsFor(vocabulary: SchemaVocabulary): fc.Arbitrary<Payload> {
  const fieldNames = [...vocabulary.keys]
  const literals = [...vocabulary.literals]
  const hugeString = fc
    .tuple(
      fc.constantFrom(10_000, 100_000, 1_000_000),
      fc.constantFrom('x', 'é', '😀', '\u0000', '<'),
    )
    .map(([length, unit]) => unit.repeat(length))
  const leaf: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...NASTY_VALUES) },
    {
      weight: 4,
      arbitrary:
        literals.length > 0 ? fc.constantFrom(...literals) : fc.integer({ min: 0, max: 10 }),
    },
    { weight: 2, arbitrary: fc.integer({ min: -20, max: 200 }) },
    { weight: 2, arbitrary: fc.oneof(fc.string(), fc.string({ unit: 'binary' })) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constant(new Map([['value', 4]])) },
    { weight: 1, arbitrary: fc.constant(new Set([1, 2])) },
  )
  const key = fc.oneof(
    { weight: 6, arbitrary: fieldNames.length > 0 ? fc.constantFrom(...fieldNames) : fc.string() },
    { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), '', ' value', 'VALUE') },
  )
  const { value } = fc.letrec<{ value: unknown; object: object; array: unknown[] }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      { weight: 6, arbitrary: leaf },
      { weight: 2, arbitrary: tie('object') },
      { weight: 1, arbitrary: tie('array') },
    ),
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 8 }).map(objectFrom),
    array: fc.array(tie('value'), { maxLength: 6 }),
  }))
  const deep = fc
    .tuple(
      fc.integer({ min: 50, max: 1_000 }),
      fc.constantFrom('object', 'array' as const),
      key,
      leaf,
    )
    .map(([depth, kind, at, inner]) => nested(depth, kind, at, inner))
  // Most payloads look like the real request with some fields wrong, so validation is
  // exercised deep inside the schema and not only at its front door.
  const nearlyValid = fc
    .array(fc.tuple(key, value), { minLength: 1, maxLength: fieldNames.length + 3 })
    .map(objectFrom)
  return fc
    .oneof(
      { weight: 6, arbitrary: nearlyValid },
      { weight: 2, arbitrary: value },
      { weight: 1, arbitrary: deep },
      { weight: 1, arbitrary: fc.array(nearlyValid, { maxLength: 3 }) },
    )
    .map(describedPayload)
}

/** A payload that prints as a short summary: a failure report must not try to print 2,000 levels. */
export interface Payload {
  value: unknown
}

function summary(value: unknown, depth = 0): string {
  if (depth > 3) return '…'
  if (typeof value === 'string') {
    return value.length > 40
      ? `"${value.slice(0, 20)}…" (${String(value.length)} chars)`
      : JSON.stringify(value)
  }
  if (typeof value === 'bigint') return `${value.toString()}n`
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value)
  if (Array.isArray(value))
    return `[${value
      .slice(0, 4)
      .map((v) => summary(v, depth + 1))
      .join(', ')}]`
  if (
    value instanceof Date ||
    value instanceof Map ||
    value instanceof Set ||
    ArrayBuffer.isView(value)
  ) {
    return Object.prototype.toString.call(value)
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).slice(0, 8)
    return `{${entries.map(([k, v]) => `${summary(k)}: ${summary(v, depth + 1)}`).join(', ')}}`
  }
  return typeof value
}

function describedPayload(value: unknown): Payload {
  return { value, [fc.toStringMethod]: () => summary(value) } as Payload
}
