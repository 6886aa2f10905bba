import { describe, expect, it } from 'vitest'
import { createApi } from '../../../electron/preload/create-api'

const PICKED = '/home/me/Downloads/loosen-export.json'

/** The preload's bridge over a transport that records what reached main. */
function bridge() {
  const sent: [string, unknown][] = []
  const picked = new File(['{}'], 'loosen-export.json')
  const api = createApi(
    (channel, payload) => {
      sent.push([channel, payload])
      return Promise.resolve({ ok: true, value: null })
    },
    () => () => undefined,
    // As Electron's webUtils: a path for the file the person picked, '' for one made in JS.
    (file) => (file === picked ? PICKED : ''),
  )
  return { api, sent, picked }
}

describe('the bridge lets an import name only a file the person picked', () => {
  it('refuses a path it never gave, before anything reaches main', async () => {
    const { api, sent } = bridge()
    for (const path of ['/home/me/.ssh/id_ed25519', PICKED]) {
      const preview = await api.log.previewImport({ fileName: 'a.json', path })
      const commit = await api.log.commitImport({ fileName: 'a.json', path, applySettings: true })
      for (const answer of [preview, commit]) {
        expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'path' } })
      }
    }
    expect(sent).toEqual([])
  })

  it('sends the path of a picked file, and a text as before', async () => {
    const { api, sent, picked } = bridge()
    expect(api.files.pathFor(new File(['{}'], 'made.json'))).toBe('')
    expect(api.files.pathFor(picked)).toBe(PICKED)
    await api.log.previewImport({ fileName: 'a.json', path: PICKED })
    await api.log.commitImport({ fileName: 'a.json', path: PICKED, applySettings: false })
    await api.log.previewImport({ fileName: 'b.json', text: '{}' })
    expect(sent).toEqual([
      ['log:previewImport', { fileName: 'a.json', path: PICKED }],
      ['log:commitImport', { fileName: 'a.json', path: PICKED, applySettings: false }],
      ['log:previewImport', { fileName: 'b.json', text: '{}' }],
    ])
  })
})
