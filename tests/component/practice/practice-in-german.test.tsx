// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings, type Settings } from '../../../electron/shared/settings/schema'
import { TranslatorProvider } from '../../../renderer/src/i18n/i18n-context'
import { Library } from '../../../renderer/src/practice/Library'
import { Player } from '../../../renderer/src/practice/Player'
import { ratingChange } from '../../../renderer/src/practice/rating-change'
import { entryFor, planTimeline } from '../../../renderer/src/practice/session-plan'
import { VoiceOptions } from '../../../renderer/src/practice/VoiceOptions'
import { WeeklyTargetField } from '../../../renderer/src/practice/WeeklyTargetField'
import { german, renderInGerman } from './german-support'

interface FakeVoice {
  voiceURI: string
  name: string
  lang: string
  localService: boolean
  default: boolean
}

const voice = (name: string, lang: string, isDefault = false): FakeVoice => ({
  voiceURI: `uri:${name}`,
  name,
  lang,
  localService: true,
  default: isDefault,
})

class FakeUtterance extends EventTarget {
  voice: FakeVoice | null = null
  lang = ''
  rate = 1
  pitch = 1
  constructor(readonly text: string) {
    super()
  }
}

/** This computer's voices, and what was said with which. */
function installVoices(voices: FakeVoice[]): FakeUtterance[] {
  const spoken: FakeUtterance[] = []
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak: (utterance: FakeUtterance) => spoken.push(utterance),
    cancel: () => undefined,
  })
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth })
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  return spoken
}

function stubBridge(settings: Partial<Settings> = {}) {
  Object.defineProperty(window, 'loosen', {
    configurable: true,
    value: {
      settings: {
        get: () => Promise.resolve({ ok: true, value: { ...defaultSettings, ...settings } }),
      },
      practice: {
        recordSession: (payload: unknown) => Promise.resolve({ ok: true, value: payload }),
        listSessions: () => Promise.resolve({ ok: true, value: [] }),
      },
      events: { subscribe: () => () => undefined },
    },
  })
}

beforeEach(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList
  window.scrollTo = () => undefined
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(window, 'speechSynthesis')
})

describe('the Practice area in German', () => {
  it('lists a built-in practice under its German title, category and lengths', async () => {
    stubBridge()
    renderInGerman(<Library customs={[]} customError={null} onOpen={() => undefined} />)
    const card = (await screen.findByText('Box-Atmung')).closest('a')
    expect(card).not.toBeNull()
    const text = within(card as HTMLElement)
    expect(text.getByText('Atmung · 2 / 4 / 6 Min.')).toBeTruthy()
    expect(text.getByText('Vier gleiche Seiten: einatmen, halten, ausatmen, halten.')).toBeTruthy()
    expect(screen.queryByText('Box Breathing')).toBeNull()
  })

  it('runs the script in German: step text, step count and the pacer’s words', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
    })
    stubBridge()
    const translator = german()
    const entry = entryFor('box-breathing', [], translator)
    if (!entry) throw new Error('box-breathing is a built-in practice')
    const timeline = planTimeline(entry, { lengthMin: 2 })
    renderInGerman(
      <Player
        sessionId="6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f"
        timeline={timeline}
        audio={{ playCue: () => undefined }}
        speech={false}
        audioNote={null}
        onEnd={() => undefined}
      />,
      translator,
    )
    expect(screen.getByText('Setz dich aufrecht hin und lass die Schultern sinken.')).toBeTruthy()
    expect(screen.getByText('Schritt 1 von 3')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Pausieren' })).toBeTruthy()
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000)
    })
    expect(screen.getByText('Einatmen, halten, ausatmen, halten: je vier Zählzeiten.')).toBeTruthy()
    expect(document.querySelector('.pacer-label')?.textContent).toBe('Einatmen')
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4_000)
    })
    expect(document.querySelector('.pacer-label')?.textContent).toBe('Halten')
  })

  it('keeps a custom pattern’s name as the user wrote it, with Loosen’s own words in German', () => {
    const pattern = {
      id: 'c0ffee00-0000-4000-8000-000000000001',
      kind: 'breathing' as const,
      name: 'Evening wind-down',
      body: { inhale: 4, topUp: 0, holdIn: 0, exhale: 6.5, holdOut: 0, lengthMin: 5 },
      createdAt: 0,
      updatedAt: 0,
    }
    const entry = entryFor(pattern.id, [pattern], german())
    expect(entry?.title).toBe('Evening wind-down')
    expect(entry?.script.summary).toBe(
      'Dein eigenes Muster: ein 4, aus 6,5 s, etwa 5,7 Atemzüge pro Minute.',
    )
    expect(entry?.script.steps[0]?.text).toBe('Komm an und lass den Bauch weich werden.')
  })

  it('reads plurals right for 1 and for 5', () => {
    render(
      <TranslatorProvider translator={german()}>
        <WeeklyTargetField current={1} onChange={() => undefined} />
      </TranslatorProvider>,
    )
    const options = screen.getAllByRole('option').map((option) => option.textContent)
    expect(options[0]).toBe('1 Tag pro Woche')
    expect(options[4]).toBe('5 Tage pro Woche')
    expect(options[6]).toBe('Jeden Tag')
    const { t } = german()
    expect(ratingChange(t, 5, 4)).toBe('5 → 4, 1 Punkt lockerer')
    expect(ratingChange(t, 9, 4)).toBe('9 → 4, 5 Punkte lockerer')
    expect(ratingChange(t, 3, 3)).toBe('3 → 3, wie vorher')
  })

  it('speaks German guidance with a German voice, tagged as German', async () => {
    const spoken = installVoices([voice('Samantha', 'en-US', true), voice('Anna', 'de-DE')])
    stubBridge({ practiceSpeech: true })
    const translator = german()
    const entry = entryFor('box-breathing', [], translator)
    if (!entry) throw new Error('box-breathing is a built-in practice')
    renderInGerman(
      <Player
        sessionId="6f1c2b9e-3a4d-4c5e-8f70-1a2b3c4d5e6f"
        timeline={planTimeline(entry, { lengthMin: 2 })}
        audio={{ playCue: () => undefined }}
        speech
        audioNote={null}
        onEnd={() => undefined}
      />,
      translator,
    )
    await vi.waitFor(() => expect(spoken.length).toBeGreaterThan(0))
    expect(spoken[0]?.text).toBe('Setz dich aufrecht hin und lass die Schultern sinken.')
    expect(spoken[0]?.voice?.name).toBe('Anna')
    expect(spoken[0]?.lang).toBe('de-DE')
  })

  it('lists German voices first, and with none says so and keeps the default voice silent', () => {
    const options = () => (
      <TranslatorProvider translator={german()}>
        <VoiceOptions settings={{ ...defaultSettings, practiceSpeech: true }} save={vi.fn()} />
      </TranslatorProvider>
    )
    const spoken = installVoices([voice('Samantha', 'en-US', true), voice('Anna', 'de-DE')])
    render(options())
    const names = screen.getAllByRole('option').map((option) => option.textContent)
    expect(names.slice(1)).toEqual(['Default voice (Anna)', 'Anna (de-DE)', 'Samantha (en-US)'])
    fireEvent.click(screen.getByRole('button', { name: 'Preview voice' }))
    expect(spoken[0]?.text).toBe('Lass die Schultern weich werden und atme langsam aus.')
    expect(spoken[0]?.voice?.name).toBe('Anna')
    cleanup()

    const unheard = installVoices([voice('Samantha', 'en-US', true)])
    render(options())
    const select = screen.getByLabelText<HTMLSelectElement>('Anleitung vorlesen')
    const note = document.getElementById(select.getAttribute('aria-describedby') ?? '')
    expect(note?.textContent).toBe(
      'Auf diesem Computer ist keine Stimme für Deutsch installiert; die Glocken markieren jeden Schritt.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Preview voice' }))
    expect(unheard).toHaveLength(0)
  })
})
