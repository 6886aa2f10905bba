/** Spoken guidance through the Web Speech API, where the system has voices. Off by default. */

export function speechAvailable(): boolean {
  return (
    typeof window.speechSynthesis !== 'undefined' && window.speechSynthesis.getVoices().length > 0
  )
}

export function speak(text: string): void {
  if (!speechAvailable()) return
  const synth = window.speechSynthesis
  synth.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  // Slower and a little lower than the default: calmer to follow with eyes closed.
  utterance.rate = 0.85
  utterance.pitch = 0.95
  synth.speak(utterance)
}

export function stopSpeaking(): void {
  if (typeof window.speechSynthesis !== 'undefined') window.speechSynthesis.cancel()
}

/** Chromium fills the voice list late; this follows it so the option appears when it can work. */
export function onVoicesChanged(listener: () => void): () => void {
  if (typeof window.speechSynthesis === 'undefined') return () => undefined
  window.speechSynthesis.addEventListener('voiceschanged', listener)
  return () => window.speechSynthesis.removeEventListener('voiceschanged', listener)
}
