import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const ICONS = resolve(__dirname, '../../../assets/icons')

/** Decodes an 8-bit RGBA PNG (any row filter) into rows of [r, g, b, a]. */
function decodeRgba(file: string): { size: number; pixels: number[][] } {
  const bytes = readFileSync(file)
  let offset = 8
  let width = 0
  const data: Buffer[] = []
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('ascii', offset + 4, offset + 8)
    const body = bytes.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      expect([body[8], body[9]], '8-bit RGBA').toEqual([8, 6])
    }
    if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * 4
  const rows: Buffer[] = []
  for (let y = 0; y * (stride + 1) < raw.length; y++) {
    const filter = raw[y * (stride + 1)]
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)))
    const above = rows[y - 1] ?? Buffer.alloc(stride)
    for (let i = 0; i < stride; i++) {
      const left = i >= 4 ? line[i - 4]! : 0
      const up = above[i]!
      const upLeft = i >= 4 ? above[i - 4]! : 0
      const paeth = () => {
        const p = left + up - upLeft
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
        return a <= b && a <= c ? left : b <= c ? up : upLeft
      }
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter ?? 0] ?? 0
      line[i] = (line[i]! + predictor) & 0xff
    }
    rows.push(line)
  }
  const pixels = rows.flatMap((row) =>
    Array.from({ length: width }, (_, x) => [...row.subarray(x * 4, x * 4 + 4)]),
  )
  return { size: width, pixels }
}

function luminance([r, g, b]: number[]): number {
  const linear = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!)
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Share of the icon's area that stands out (contrast 3:1 or more) from the panel colour. */
function legibleShare(file: string, panel: number[]): number {
  const { pixels } = decodeRgba(file)
  const standing = pixels.filter(([r, g, b, a]) => {
    const alpha = a! / 255
    const seen = [r!, g!, b!].map((c, i) => c * alpha + panel[i]! * (1 - alpha))
    return alpha > 0.5 && contrast(seen, panel) >= 3
  })
  return standing.length / pixels.length
}

const DARK_PANEL = [0x20, 0x20, 0x20]
const LIGHT_PANEL = [0xf0, 0xf0, 0xf0]

describe('the Windows and Linux tray icon', () => {
  for (const name of ['tray.png', 'tray@2x.png']) {
    it(`${name} stands out on dark and on light panels`, () => {
      const file = join(ICONS, name)
      expect(legibleShare(file, DARK_PANEL)).toBeGreaterThan(0.15)
      expect(legibleShare(file, LIGHT_PANEL)).toBeGreaterThan(0.15)
    })
  }

  it('keeps the macOS template icons black with alpha, for the system to recolour', () => {
    for (const name of ['trayTemplate.png', 'trayTemplate@2x.png']) {
      const { pixels } = decodeRgba(join(ICONS, name))
      expect(
        pixels.every(([r, g, b]) => r === 0 && g === 0 && b === 0),
        name,
      ).toBe(true)
    }
  })
})
