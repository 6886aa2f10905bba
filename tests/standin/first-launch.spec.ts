import { expect, test } from '@playwright/test'
import { launchStandIn, type StandInApp } from './launch'

let app: StandInApp | null = null
test.afterEach(async () => {
  await app?.dispose()
  app = null
})

test('first launch opens one window from app:// with the first-run note', async () => {
  app = launchStandIn({ platform: 'linux' })
  const page = await app.page()
  await expect(page.getByRole('dialog', { name: 'Before you start' })).toBeVisible()
  const state = await app.state()
  expect(state.windows).toHaveLength(1)
  expect(state.windows[0]?.url).toMatch(/^app:\/\/loosen\/index\.html/)
  expect(state.windows[0]?.visible).toBe(true)
  expect(app.violations()).toEqual([])
})
