import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'

const HOUR = 3_600_000

test('export for a spreadsheet: a zip with one readable CSV per kind of record', async ({
  loosen,
}) => {
  const { page } = loosen
  await loosen.acknowledgeFirstRun()
  const now = loosen.clock.now()
  for (const value of [7, 3]) {
    const added = await loosen.invoke('log:addRating', {
      value,
      takenAt: now - value * HOUR,
      note: '=1+1',
      tags: [],
      regions: { 'left-groin': 4, sacrum: 6 },
    })
    expect(added.ok).toBe(true)
  }
  const session = await loosen.invoke('practice:recordSession', {
    id: '7d1f4c0e-2b7a-4f0e-9a51-3c2d1e0f9a8b',
    practiceId: 'hip-flexor',
    practiceTitle: 'Hip flexor release',
    plannedMs: 600_000,
    actualMs: 600_000,
    status: 'completed',
    startedAt: now - HOUR,
    endedAt: now - HOUR + 600_000,
  })
  expect(session.ok).toBe(true)

  await loosen.open('#/log')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export for a spreadsheet (.zip)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^loosen-for-a-spreadsheet-\d{4}-\d{2}-\d{2}\.zip$/)
  await expect(page.getByRole('status').last()).toContainText(
    'Exported 2 self-ratings, 1 practice session to loosen-for-a-spreadsheet-',
  )
  const saved = join(loosen.dataFolder, 'export.zip')
  await file.saveAs(saved)

  const reader = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({i.filename: z.read(i).decode('utf-8') for i in z.infolist()}))
`
  const entries = JSON.parse(
    execFileSync('python3', ['-c', reader, saved], { encoding: 'utf8' }),
  ) as Record<string, string>
  expect(Object.keys(entries)).toEqual([
    'README.txt',
    'self-ratings.csv',
    'practice-sessions.csv',
    'check-ins.csv',
    'breaks.csv',
    'stops-for-pain.csv',
  ])
  expect(entries['self-ratings.csv']).toMatch(/^\uFEFFDate,Time,Rating \(0-10\),Regions/)
  expect(entries['self-ratings.csv']).toContain('Left groin 4; Sacrum / SI joint 6')
  expect(entries['self-ratings.csv']).toContain("'=1+1")
  expect(entries['practice-sessions.csv']).toContain('Hip flexor release,10,Yes')
  expect(entries['README.txt']).toContain('self-reports')
})
