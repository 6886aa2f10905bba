import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** Bundles the harness bridge into one classic script for Playwright's addInitScript. */
export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, '../../../out/harness'),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: resolve(import.meta.dirname, 'bridge-entry.ts'),
      formats: ['iife'],
      name: 'LoosenHarnessBridge',
      fileName: () => 'bridge.js',
    },
  },
})
