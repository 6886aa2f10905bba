// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../electron/shared/settings/schema'
import type { Settings } from '../../../electron/shared/settings/schema'
import { VoiceOptions } from '../../../renderer/src/practice/VoiceOptions'
import { speak } from '../../../renderer/src/practice/speech'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'

interface FakeVoice {
  voiceURI: string
  name: string
  lang: string
  localService: boolean
  default: boolean
}

const voice = (name: string, lang: string, extra: Partial<FakeVoice> = {}): FakeVoice => ({
  voiceURI: `uri:${name}`,
  name,
  lang,
  localService: true,
  default: false,
  ...extra,
})

/** An utterance that can be told it has ended, as the system would. */
class FakeUtterance extends EventTarget {
  voice: FakeVoice | null = null
  lang = ''
  rate = 1
  pitch = 1
  constructor(readonly text: string) {
    super()
  }
}

class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = []
  current: FakeUtterance | null = null
  constructor(public voices: FakeVoice[]) {
    super()
  }
  getVoices = () => this.voices
  speak = (utterance: FakeUtterance) => {
    this.spoken.push(utterance)
    this.current = utterance
  }
  cancel = vi.fn(() => {
    const current = this.current
    this.current = null
    current?.dispatchEvent(new Event('error'))
  })
  finish() {
    const current = this.current
    this.current = null
    current?.dispatchEvent(new Event('end'))
  }
  install(voices: FakeVoice[]) {
    this.voices = voices
    this.dispatchEvent(new Event('voiceschanged'))
  }
}

let synth: FakeSynth

function installSynth(voices: FakeVoice[]) {
  synth = new FakeSynth(voices)
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth })
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
}

function show(overrides: Partial<Settings> = {}) {
  const save = vi.fn()
  const settings = { ...defaultSettings, ...overrides }
  render(<VoiceOptions settings={settings} save={save} />)
  return save
}

const select = () => screen.getByLabelText<HTMLSelectElement>('Read the guidance aloud')

const optionNames = () =>
  screen
    .getAllByRole('option')
    .map((option) => option.textContent)
    .slice(2)

beforeEach(() => {
  Object.defineProperty(navigator, 'language', { configurable: true, value: 'en-GB' })
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(window, 'speechSynthesis')
})

describe('choosing the voice that reads the guidance', () => {
  it("lists this computer's own voices, the user's language first, by name; network voices left out", () => {
    installSynth([
      voice('Zoe', 'en-US'),
      voice('Anna', 'de-DE'),
      voice('Google UK English Female', 'en-GB', { localService: false }),
      voice('Daniel', 'en_GB'),
      voice('Amélie', 'fr-CA'),
    ])
    show()
    expect(optionNames()).toEqual([
      'Daniel (en_GB)',
      'Zoe (en-US)',
      'Amélie (fr-CA)',
      'Anna (de-DE)',
    ])
    expect(screen.queryByText(/Google/)).toBeNull()
  })

  it('picks up voices that arrive late (voiceschanged)', () => {
    installSynth([])
    show()
    expect(select().disabled).toBe(true)
    synth.install([voice('Daniel', 'en-GB')])
    return waitFor(() => {
      expect(select().disabled).toBe(false)
      expect(optionNames()).toEqual(['Daniel (en-GB)'])
    })
  })

  it('saves the chosen voice by its voiceURI and switches reading on; Off switches it off', () => {
    installSynth([voice('Daniel', 'en-GB'), voice('Zoe', 'en-US')])
    const save = show({ practiceSpeech: true, practiceVoice: 'uri:Daniel' })
    expect(select().value).toBe('voice:uri:Daniel')
    fireEvent.change(select(), { target: { value: 'voice:uri:Zoe' } })
    expect(save).toHaveBeenLastCalledWith({ practiceSpeech: true, practiceVoice: 'uri:Zoe' })
    fireEvent.change(select(), { target: { value: 'off' } })
    expect(save).toHaveBeenLastCalledWith({ practiceSpeech: false })
  })

  it('previews a calm sentence with the chosen voice, and a second press stops it', () => {
    installSynth([voice('Daniel', 'en-GB', { default: true }), voice('Zoe', 'en-US')])
    show({ practiceSpeech: true, practiceVoice: 'uri:Zoe' })
    const button = screen.getByRole('button', { name: 'Preview voice' })
    fireEvent.click(button)
    expect(synth.spoken).toHaveLength(1)
    expect(synth.spoken[0]?.text).toBe(
      'Let your shoulders soften, and breathe out slowly through your nose.',
    )
    expect(synth.spoken[0]?.voice?.name).toBe('Zoe')
    const stop = screen.getByRole('button', { name: 'Stop preview' })
    expect(stop.getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(stop)
    expect(synth.cancel).toHaveBeenCalled()
    expect(synth.current).toBeNull()
    expect(screen.getByRole('button', { name: 'Preview voice' })).toBeTruthy()
  })

  it('leaving the options stops a running preview, but leaves other speech alone', () => {
    installSynth([voice('Daniel', 'en-GB')])
    show()
    fireEvent.click(screen.getByRole('button', { name: 'Preview voice' }))
    cleanup()
    expect(synth.current).toBeNull()
    show()
    speak('Let the hips be heavy.')
    cleanup()
    expect(synth.current?.text).toBe('Let the hips be heavy.')
  })

  it('shows Preview again once the sample has been spoken', async () => {
    installSynth([voice('Daniel', 'en-GB')])
    show()
    fireEvent.click(screen.getByRole('button', { name: 'Preview voice' }))
    synth.finish()
    expect(await screen.findByRole('button', { name: 'Preview voice' })).toBeTruthy()
  })

  it('a stored voice that was uninstalled falls back to the default voice, and says so', () => {
    installSynth([voice('Daniel', 'en-GB'), voice('Zoe', 'en-US', { default: true })])
    show({ practiceSpeech: true, practiceVoice: 'uri:Gone' })
    expect(select().value).toBe('default')
    expect(screen.getByText(/no longer installed; the default voice reads instead/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Preview voice' }))
    expect(synth.spoken[0]?.voice?.name).toBe('Zoe')
    speak('Breathe out.', 'uri:Gone')
    expect(synth.spoken[1]?.voice?.name).toBe('Zoe')
  })

  it('never falls back to a network voice, even when the system calls it the default', () => {
    installSynth([
      voice('Google US English', 'en-US', { localService: false, default: true }),
      voice('Daniel', 'en-GB'),
    ])
    speak('Breathe out.', '')
    expect(synth.spoken[0]?.voice?.name).toBe('Daniel')
  })

  it('with no voices installed, says so plainly and keeps the control visible but disabled', () => {
    installSynth([voice('Google UK English Female', 'en-GB', { localService: false })])
    show({ practiceSpeech: true })
    expect(select().disabled).toBe(true)
    expect(select().value).toBe('off')
    const note = document.getElementById(select().getAttribute('aria-describedby') ?? '')
    expect(note?.textContent).toMatch(/^No voices are installed on this computer/)
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Preview voice' }).disabled).toBe(
      true,
    )
    speak('Breathe out.')
    expect(synth.spoken).toHaveLength(0)
  })

  it('guidance in a session is read with the voice saved in the settings', async () => {
    installSynth([voice('Daniel', 'en-GB', { default: true }), voice('Zoe', 'en-US')])
    Object.defineProperty(window, 'loosen', {
      configurable: true,
      value: {
        settings: {
          get: () =>
            Promise.resolve({
              ok: true,
              value: { ...defaultSettings, practiceSpeech: true, practiceVoice: 'uri:Zoe' },
            }),
        },
        events: { subscribe: () => () => undefined },
      },
    })
    render(
      <SettingsProvider>
        <p>app</p>
      </SettingsProvider>,
    )
    await waitFor(() => {
      speak('Let the hips be heavy.')
      expect(synth.spoken.at(-1)?.voice?.name).toBe('Zoe')
    })
  })
})
