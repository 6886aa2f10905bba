/** Spoken guidance through the Web Speech API, where the system has voices. Off by default. */

/** The voiceURI chosen in the settings; empty means the default voice. */
let preferredVoiceURI = ''

/** Called by the settings as they load and change, so every session speaks with the choice. */
export function setPreferredVoice(voiceURI: string): void {
  preferredVoiceURI = voiceURI
}

function synth(): SpeechSynthesis | null {
  return typeof window.speechSynthesis === 'undefined' ? null : window.speechSynthesis
}

/** The primary language subtag of a BCP-47 tag as systems write it (`en_GB` → `en`). */
function primary(tag: string): string {
  return tag.toLowerCase().replace('_', '-').split('-')[0] ?? ''
}

/** True when the voice speaks the language of `language` (a BCP-47 tag such as `de` or `pt-BR`). */
export function speaksLanguage(voice: SpeechSynthesisVoice, language: string): boolean {
  return primary(voice.lang) === primary(language)
}

/**
 * The voices Loosen may use: only those that run on this computer. A voice with
 * localService === false sends the text to a server to be spoken (Chromium's Google voices do),
 * and Loosen makes no network request, so those are left out. Voices for `language` (the
 * language the guidance is written in) come first, then the rest, each sorted by name.
 */
export function localVoices(language = navigator.language): SpeechSynthesisVoice[] {
  const all = synth()?.getVoices() ?? []
  const isMine = (voice: SpeechSynthesisVoice) => speaksLanguage(voice, language)
  return all
    .filter((voice) => voice.localService)
    .sort((a, b) => Number(isMine(b)) - Number(isMine(a)) || a.name.localeCompare(b.name))
}

/** True when this computer has a voice of its own for the language. */
export function hasVoiceFor(language: string): boolean {
  return localVoices(language).some((voice) => speaksLanguage(voice, language))
}

/**
 * The chosen voice if it is still installed (the user picked it, whatever its language), else
 * the system's default when it speaks the language, else the first local voice that does.
 * With no voice for the language, none: guidance in one language read by a voice made for
 * another is hard to follow, so the session keeps to its bells. Never a network voice.
 */
export function resolveVoice(
  voiceURI: string,
  language = navigator.language,
): SpeechSynthesisVoice | null {
  const voices = localVoices(language)
  const chosen = voices.find((voice) => voiceURI !== '' && voice.voiceURI === voiceURI)
  if (chosen) return chosen
  const mine = voices.filter((voice) => speaksLanguage(voice, language))
  return mine.find((voice) => voice.default) ?? mine[0] ?? null
}

/** True when a voice was chosen and is no longer on this computer. */
export function voiceMissing(voiceURI: string): boolean {
  return voiceURI !== '' && !localVoices().some((voice) => voice.voiceURI === voiceURI)
}

export interface SpeakOptions {
  /** Runs when the line finishes or is cancelled. */
  onEnd?: () => void
  /** The BCP-47 language the text is written in; the browser's language if unsaid. */
  language?: string
}

/** Speaks one line and resolves nothing; onEnd runs when it finishes or is cancelled. */
export function speak(
  text: string,
  voiceURI = preferredVoiceURI,
  { onEnd, language = navigator.language }: SpeakOptions = {},
): void {
  const speech = synth()
  const voice = resolveVoice(voiceURI, language)
  if (!speech || !voice) return
  speech.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  // Always set: left unset, Chromium may pick a network voice as the default.
  utterance.voice = voice
  // The voice's own tag when it speaks the text's language (en-GB reads as en-GB, as before);
  // the text's language when the user chose a voice made for another.
  utterance.lang = speaksLanguage(voice, language) ? voice.lang : language
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
