/**
 * What crosses the harness's bridge, both ways: each request, answer and event as ONE JSON
 * string. Playwright's own serializer (exposeFunction's arguments and result, evaluate's
 * argument) walks every value in both processes and pays by the kilobyte: a 24 KB Insights
 * answer took 23-132 ms as an object and 5-17 ms as one string. Electron's IPC carries a
 * structured clone at about the string's cost, so the string is nearer what the app pays.
 *
 * JSON alone would change what the other side receives, so the values structured clone keeps
 * and JSON does not travel tagged: undefined (in objects and arrays), NaN, ±Infinity and -0,
 * BigInt, Date, RegExp, Map, Set, ArrayBuffer and typed arrays, and errors' name and message.
 * What structured clone refuses (functions, symbols) is refused here too, with the same
 * DataCloneError, and so is a cycle (structured clone would keep it; nothing in the contract
 * has one, so refusing it says so instead of overflowing the stack).
 */

/** The key that marks a tagged value; an object of the page's own with this key is escaped. */
const TAG = '\u0000loosen-wire'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const

const ERROR_KINDS = [
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
] as const

type TypedArrayName = keyof typeof TYPED_ARRAYS

function isTypedArrayName(name: string): name is TypedArrayName {
  return Object.hasOwn(TYPED_ARRAYS, name)
}

function cloneError(what: string): DOMException {
  return new DOMException(`${what} could not be cloned.`, 'DataCloneError')
}

function tagged(kind: string, value: Json): Json {
  // A null-prototype object: an own key named "__proto__" stays a key (see encodeObject).
  const out = Object.create(null) as Record<string, Json>
  out[TAG] = kind
  out['v'] = value
  return out
}

const BASE64_CHUNK = 0x8000

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK))
  }
  return btoa(binary)
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes.buffer
}

function encodeNumber(value: number): Json {
  if (Number.isFinite(value) && !Object.is(value, -0)) return value
  return tagged('number', Object.is(value, -0) ? '-0' : String(value))
}

function encodeObject(value: object, path: Set<object>): Json {
  if (path.has(value)) throw cloneError('A cyclic value')
  path.add(value)
  try {
    if (Array.isArray(value)) return Array.from(value, (item: unknown) => encodeValue(item, path))
    if (value instanceof Date) return tagged('date', String(value.getTime()))
    if (value instanceof RegExp) return tagged('regexp', [value.source, value.flags])
    if (value instanceof Map) {
      return tagged(
        'map',
        [...value].map(([k, v]: [unknown, unknown]) => [
          encodeValue(k, path),
          encodeValue(v, path),
        ]),
      )
    }
    if (value instanceof Set)
      return tagged(
        'set',
        [...value].map((v) => encodeValue(v, path)),
      )
    if (value instanceof ArrayBuffer) return tagged('ArrayBuffer', toBase64(new Uint8Array(value)))
    if (ArrayBuffer.isView(value)) {
      // toStringTag names the kind (a Node Buffer is a Uint8Array, as IPC delivers it).
      const kind = Object.prototype.toString.call(value).slice(8, -1)
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
      return tagged(kind === 'DataView' ? 'DataView' : kind, toBase64(bytes))
    }
    if (value instanceof Error) return tagged('error', [value.name, value.message])
    // Own enumerable string keys, as structured clone copies them (a null-prototype object,
    // so an own "__proto__" key is written as a key rather than setting a prototype).
    const out = Object.create(null) as Record<string, Json>
    for (const key of Object.keys(value)) {
      out[key] = encodeValue((value as Record<string, unknown>)[key], path)
    }
    return Object.hasOwn(value, TAG) ? tagged('object', Object.entries(out)) : out
  } finally {
    path.delete(value)
  }
}

function encodeValue(value: unknown, path: Set<object>): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return encodeNumber(value)
    case 'bigint':
      return tagged('bigint', value.toString())
    case 'function':
      throw cloneError('A function')
    case 'symbol':
      throw cloneError('A symbol')
    case 'object':
      return value === null ? null : encodeObject(value, path)
    default:
      return tagged('undefined', null)
  }
}

/** One string for the other side of the bridge; throws DataCloneError where IPC would. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(encodeValue(value, new Set()))
}

function decodeTagged(kind: string, v: unknown): unknown {
  switch (kind) {
    case 'undefined':
      return undefined
    case 'number':
      return v === '-0' ? -0 : Number(v)
    case 'bigint':
      return BigInt(v as string)
    case 'date':
      return new Date(Number(v))
    case 'regexp': {
      const [source, flags] = v as [string, string]
      return new RegExp(source, flags)
    }
    case 'map':
      return new Map(
        (v as [unknown, unknown][]).map(([k, item]) => [decodeValue(k), decodeValue(item)]),
      )
    case 'set':
      return new Set((v as unknown[]).map(decodeValue))
    case 'ArrayBuffer':
      return fromBase64(v as string)
    case 'DataView':
      return new DataView(fromBase64(v as string))
    case 'error': {
      // As structured clone does: the standard kinds keep theirs, any other becomes an Error.
      const [name, message] = v as [string, string]
      const Kind = ERROR_KINDS.find((kind) => kind.name === name) ?? Error
      return new Kind(message)
    }
    case 'object':
      // Object.fromEntries defines own keys, so "__proto__" stays a key here as well.
      return Object.fromEntries(
        (v as [string, unknown][]).map(([k, item]) => [k, decodeValue(item)]),
      )
    default:
      if (isTypedArrayName(kind)) return new TYPED_ARRAYS[kind](fromBase64(v as string))
      throw new TypeError(`The harness bridge does not know the tag "${kind}".`)
  }
}

function decodeValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeValue(value[i])
    return value
  }
  const record = value as Record<string, unknown>
  if (Object.hasOwn(record, TAG)) return decodeTagged(String(record[TAG]), record['v'])
  for (const key of Object.keys(record)) {
    const item = record[key]
    const decoded = decodeValue(item)
    // defineProperty, not assignment: assigning to "__proto__" would set the prototype.
    if (decoded !== item) {
      Object.defineProperty(record, key, {
        value: decoded,
        writable: true,
        enumerable: true,
        configurable: true,
      })
    }
  }
  return record
}

/** The value encodeWire was given, as structured clone would have delivered it. */
export function decodeWire(text: string): unknown {
  return decodeValue(JSON.parse(text))
}
