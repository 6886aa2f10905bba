import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
})
