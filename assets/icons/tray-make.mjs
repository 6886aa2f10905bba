// Draws Loosen's tray icons as PNG bytes (no image libraries): a ring, like a loosened hip
// circle, with a dot at its heart. Run: node assets/icons/tray-make.mjs
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const here = dirname(fileURLToPath(import.meta.url))

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size, pixel) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4)
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4)
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Hits out of 16 sub-pixel samples (4×4) at pixel (x, y) for which `inside(d)` holds. */
function coverage(size, x, y, inside) {
  const c = size / 2
  let hits = 0
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      if (inside(Math.hypot(x + (i + 0.5) / 4 - c, y + (j + 0.5) / 4 - c))) hits++
    }
  }
  return hits / 16
}

/** Full size for the macOS template; a little smaller where an outline must fit around it. */
const FULL = { outer: 0.44, inner: 0.3, dot: 0.14 }
const OUTLINED = { outer: 0.4, inner: 0.26, dot: 0.12 }

/** The glyph: a ring, like a loosened hip circle, with a dot at its heart; `grow` widens it. */
function glyph(size, { outer, inner, dot }, grow = 0) {
  return (d) => (d <= size * outer + grow && d >= size * inner - grow) || d <= size * dot + grow
}

/**
 * A coloured glyph inside a light outline about a pixel wide (at 16 px): the glyph reads on
 * light panels, the outline on dark ones (GNOME's and KDE's dark panels, the Windows taskbar in
 * dark mode), so one icon works on both without knowing the panel's colour.
 */
function outlinedIcon(size, [r, g, b], [hr, hg, hb]) {
  const halo = size * 0.075
  return png(size, (x, y) => {
    const ink = coverage(size, x, y, glyph(size, OUTLINED))
    const around = coverage(size, x, y, glyph(size, OUTLINED, halo))
    const alpha = Math.max(ink, around)
    if (alpha === 0) return [0, 0, 0, 0]
    const mix = ink / alpha
    const channel = (a, h) => Math.round(a * mix + h * (1 - mix))
    return [channel(r, hr), channel(g, hg), channel(b, hb), Math.round(255 * alpha)]
  })
}

/** A plain glyph in one colour: the macOS template, which the system recolours. */
function templateIcon(size, [r, g, b]) {
  return png(size, (x, y) => [r, g, b, Math.round(255 * coverage(size, x, y, glyph(size, FULL)))])
}

const teal = [0x1f, 0x5c, 0x50]
const outline = [0xf6, 0xf3, 0xee]
const black = [0, 0, 0]
writeFileSync(join(here, 'tray.png'), outlinedIcon(16, teal, outline))
writeFileSync(join(here, 'tray@2x.png'), outlinedIcon(32, teal, outline))
// macOS menu-bar icons are templates: black with alpha, recoloured by the system.
writeFileSync(join(here, 'trayTemplate.png'), templateIcon(16, black))
writeFileSync(join(here, 'trayTemplate@2x.png'), templateIcon(32, black))
