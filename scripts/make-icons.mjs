#!/usr/bin/env node
// Renders assets/icons/icon.svg into the PNG sizes, .ico and .icns that packaging needs, and
// the Linux icon set in assets/icons/linux/: one NxN.png per hicolor size, the names
// electron-builder reads a size from (it installs each as /usr/share/icons/hicolor/NxN/apps/).
// Uses headless Chromium (the system one when present) so no image library is needed.
// Leaves the tray icons alone (assets/icons/tray-make.mjs draws those).
// Run: npm run icons
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const folder = 'assets/icons'
const svg = readFileSync(join(folder, 'icon.svg'), 'utf8')
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
// The hicolor theme's fixed sizes up to 512 (a 1024 folder is not in every distribution's theme).
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512]
const linuxFolder = join(folder, 'linux')
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const root = typeof process.getuid === 'function' && process.getuid() === 0

const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    ...(root ? ['--no-sandbox'] : []),
  ],
})
const page = await browser.newPage()
const pngs = new Map()
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
  )
  const png = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  })
  pngs.set(size, png)
  if (size !== 24) writeFileSync(join(folder, `icon-${size}.png`), png)
}
await browser.close()
writeFileSync(join(folder, 'icon.png'), pngs.get(512))
mkdirSync(linuxFolder, { recursive: true })
for (const size of linuxSizes) {
  writeFileSync(join(linuxFolder, `${size}x${size}.png`), pngs.get(size))
}

// ICO: a directory of PNG-compressed images (supported since Windows Vista).
const icoSizes = [16, 32, 48, 64, 128, 256]
const header = Buffer.alloc(6 + 16 * icoSizes.length)
header.writeUInt16LE(0, 0)
header.writeUInt16LE(1, 2)
header.writeUInt16LE(icoSizes.length, 4)
let offset = header.length
icoSizes.forEach((size, i) => {
  const png = pngs.get(size)
  const entry = 6 + 16 * i
  header.writeUInt8(size >= 256 ? 0 : size, entry)
  header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
  header.writeUInt16LE(1, entry + 4)
  header.writeUInt16LE(32, entry + 6)
  header.writeUInt32LE(png.length, entry + 8)
  header.writeUInt32LE(offset, entry + 12)
  offset += png.length
})
writeFileSync(
  join(folder, 'icon.ico'),
  Buffer.concat([header, ...icoSizes.map((s) => pngs.get(s))]),
)

// ICNS: typed chunks holding PNG data.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
]
const chunks = icnsTypes.map(([type, size]) => {
  const png = pngs.get(size)
  const head = Buffer.alloc(8)
  head.write(type, 0, 'ascii')
  head.writeUInt32BE(png.length + 8, 4)
  return Buffer.concat([head, png])
})
const body = Buffer.concat(chunks)
const icnsHead = Buffer.alloc(8)
icnsHead.write('icns', 0, 'ascii')
icnsHead.writeUInt32BE(body.length + 8, 4)
writeFileSync(join(folder, 'icon.icns'), Buffer.concat([icnsHead, body]))
console.log(
  `Wrote the PNGs, icon.ico and icon.icns to ${folder} and ${linuxSizes.length} PNGs to ${linuxFolder}`,
)
