import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    // The 2-core CI machine runs two forks beside a build; a few database
    // walks that take 2-3 s alone took over the 5 s default there.
    testTimeout: 20_000,
    // Hooks that start real servers (Xvfb with openbox, PulseAudio) once took over the 10 s
    // default there, and a hook that overruns fails its whole file without a word of why.
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
})
