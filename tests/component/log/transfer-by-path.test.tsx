// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TransferPanel } from '../../../renderer/src/log/TransferPanel'
import { installFakeApi } from '../support/fake-api'

const counts = {
  ratings: 3,
  practiceSessions: 0,
  customPractices: 0,
  breaks: 0,
  sittingSpans: 0,
  checkins: 0,
  stopReasons: 0,
}
const none = { ...counts, ratings: 0 }
const TEXT = '{"formatVersion":1,"ratings":[]}'

afterEach(cleanup)

/** The panel over a fake main that keeps what each import request carried. */
function panelWith(pathFor: (file: File) => string) {
  const sent: { preview: unknown[]; commit: unknown[] } = { preview: [], commit: [] }
  installFakeApi({
    'log:previewImport': (payload) => {
      sent.preview.push(payload)
      return {
        valid: true,
        summary: { format: 'json', added: counts, skipped: none, settings: 0, ignoredSettings: [] },
      }
    },
    'log:commitImport': (payload) => {
      sent.commit.push(payload)
      return { added: counts, skipped: none, settingsApplied: 0 }
    },
  })
  // The preload's bridge member: Electron's webUtils.getPathForFile behind it.
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: { ...window.loosen, files: { pathFor } },
  })
  render(<TransferPanel />)
  return sent
}

async function pickAndImport(file: File) {
  await userEvent.upload(screen.getByLabelText('Import a JSON or CSV file'), file)
  await userEvent.click(await screen.findByRole('button', { name: 'Import' }))
  expect(
    await screen.findByText('Imported 3 records; 0 already in Loosen were skipped.'),
  ).toBeTruthy()
}

describe('a picked file goes to main as its path when it has one', () => {
  it('sends the path for preview and import, and never reads the file in the page', async () => {
    const file = new File([TEXT], 'loosen-export.json', { type: 'application/json' })
    const read = vi.fn(() => Promise.resolve(TEXT))
    Object.defineProperty(file, 'text', { value: read })
    const pathFor = vi.fn(() => '/home/me/loosen-export.json')
    const sent = panelWith(pathFor)
    await pickAndImport(file)
    expect(pathFor).toHaveBeenCalledWith(file)
    expect(read).not.toHaveBeenCalled()
    expect(sent.preview).toEqual([
      { fileName: 'loosen-export.json', path: '/home/me/loosen-export.json' },
    ])
    expect(sent.commit).toEqual([
      {
        fileName: 'loosen-export.json',
        path: '/home/me/loosen-export.json',
        applySettings: true,
      },
    ])
  })

  it('sends the text of a file with no path (made in a page, dragged from a browser)', async () => {
    const sent = panelWith(() => '')
    await pickAndImport(new File([TEXT], 'dragged.json', { type: 'application/json' }))
    expect(sent.preview).toEqual([{ fileName: 'dragged.json', text: TEXT }])
    expect(sent.commit).toEqual([{ fileName: 'dragged.json', text: TEXT, applySettings: true }])
  })

  it('sends the text when the bridge cannot tell where the file is', async () => {
    const sent = panelWith(() => {
      throw new TypeError('Not a File')
    })
    await pickAndImport(new File([TEXT], 'odd.json', { type: 'application/json' }))
    expect(sent.preview).toEqual([{ fileName: 'odd.json', text: TEXT }])
  })
})
