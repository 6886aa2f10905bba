import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/main/security/csp'

/** Built pages carry the CSP in a meta tag as well as the app:// header (dev keeps Vite's preamble). */
function cspMetaTag(): Plugin {
  // frame-ancestors is only honoured as a header, and browsers warn about it in a meta tag.
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((rule) => !rule.startsWith('frame-ancestors'))
    .join('; ')
  return {
    name: 'loosen-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Import and export run in a worker thread (electron/main/transfer/worker-runner.ts).
          'transfer-worker': resolve(__dirname, 'electron/main/transfer/transfer-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require 'electron', so everything else is bundled in,
      // and it must be CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    publicDir: resolve(__dirname, 'assets/public'),
    plugins: [react(), cspMetaTag()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
