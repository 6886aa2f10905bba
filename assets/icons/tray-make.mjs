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

/** Coverage (0–1) of the ring and dot at pixel (x, y), 4×4 supersampled for smooth edges. */
function coverage(size, x, y) {
  const c = size / 2
  const outer = size * 0.44
  const inner = size * 0.3
  const dot = size * 0.14
  let hits = 0
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const d = Math.hypot(x + (i + 0.5) / 4 - c, y + (j + 0.5) / 4 - c)
      if ((d <= outer && d >= inner) || d <= dot) hits++
    }
  }
  return hits / 16
}

function icon(size, [r, g, b]) {
  return png(size, (x, y) => [r, g, b, Math.round(255 * coverage(size, x, y))])
}

const teal = [0x2f, 0x6f, 0x62]
const black = [0, 0, 0]
writeFileSync(join(here, 'tray.png'), icon(16, teal))
writeFileSync(join(here, 'tray@2x.png'), icon(32, teal))
// macOS menu-bar icons are templates: black with alpha, recoloured by the system.
writeFileSync(join(here, 'trayTemplate.png'), icon(16, black))
writeFileSync(join(here, 'trayTemplate@2x.png'), icon(32, black))
