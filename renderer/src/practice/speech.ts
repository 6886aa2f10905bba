/** Spoken guidance through the Web Speech API, where the system has voices. Off by default. */

/** Spoken by the Preview button: short, calm, and like the guidance itself. */
export const PREVIEW_TEXT = 'Let your shoulders soften, and breathe out slowly through your nose.'

/** The voiceURI chosen in the settings; empty means the default voice. */
let preferredVoiceURI = ''

/** Called by the settings as they load and change, so every session speaks with the choice. */
export function setPreferredVoice(voiceURI: string): void {
  preferredVoiceURI = voiceURI
}

function synth(): SpeechSynthesis | null {
  return typeof window.speechSynthesis === 'undefined' ? null : window.speechSynthesis
}

/**
 * The voices Loosen may use: only those that run on this computer. A voice with
 * localService === false sends the text to a server to be spoken (Chromium's Google voices do),
 * and Loosen makes no network request, so those are left out. The user's language comes first,
 * then the rest, each sorted by name.
 */
export function localVoices(language = navigator.language): SpeechSynthesisVoice[] {
  const all = synth()?.getVoices() ?? []
  const mine = language.toLowerCase().split('-')[0] ?? ''
  const isMine = (voice: SpeechSynthesisVoice) =>
    voice.lang.toLowerCase().replace('_', '-').split('-')[0] === mine
  return all
    .filter((voice) => voice.localService)
    .sort((a, b) => Number(isMine(b)) - Number(isMine(a)) || a.name.localeCompare(b.name))
}

export function speechAvailable(): boolean {
  return localVoices().length > 0
}

/**
 * The chosen voice if it is still installed, else the system's default (when it is local),
 * else the first local voice in the user's language. Never a network voice.
 */
export function resolveVoice(voiceURI: string): SpeechSynthesisVoice | null {
  const voices = localVoices()
  return (
    voices.find((voice) => voiceURI !== '' && voice.voiceURI === voiceURI) ??
    voices.find((voice) => voice.default) ??
    voices[0] ??
    null
  )
}

/** True when a voice was chosen and is no longer on this computer. */
export function voiceMissing(voiceURI: string): boolean {
  return voiceURI !== '' && !localVoices().some((voice) => voice.voiceURI === voiceURI)
}

/** Speaks one line and resolves nothing; onEnd runs when it finishes or is cancelled. */
export function speak(text: string, voiceURI = preferredVoiceURI, onEnd?: () => void): void {
  const speech = synth()
  const voice = resolveVoice(voiceURI)
  if (!speech || !voice) return
  speech.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  // Always set: left unset, Chromium may pick a network voice as the default.
  utterance.voice = voice
  utterance.lang = voice.lang
  // Slower and a little lower than the default: calmer to follow with eyes closed.
  utterance.rate = 0.85
  utterance.pitch = 0.95
  if (onEnd) {
    utterance.addEventListener('end', onEnd)
    utterance.addEventListener('error', onEnd)
  }
  speech.speak(utterance)
}

export function stopSpeaking(): void {
  synth()?.cancel()
}

/** Chromium fills the voice list late; this follows it so the option appears when it can work. */
export function onVoicesChanged(listener: () => void): () => void {
  const speech = synth()
  if (!speech) return () => undefined
  speech.addEventListener('voiceschanged', listener)
  return () => speech.removeEventListener('voiceschanged', listener)
}
