import { phrase } from '../../shared/text/phrase'
import { fileProblem } from './raw-import'

const SAMPLE = 4096

/**
 * The renderer reads a file as UTF-8. UTF-16 text read that way shows a zero character beside
 * almost every letter (its byte order mark turns into two U+FFFD); anything else with zero
 * characters or control codes (other than tab and line ends) is not text Loosen can read. One place decides,
 * so a UTF-8 file with a stray zero byte is not mistaken for UTF-16.
 */
export function checkReadableText(text: string): void {
  const sample = text.slice(0, SAMPLE)
  let even = 0
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) !== 0) continue
    if (i % 2 === 0) even++
    else odd++
  }
  const bom = /^\uFFFD\uFFFD/.test(sample)
  const alternating = Math.max(even, odd) >= sample.length * 0.3 && Math.min(even, odd) <= 2
  if (alternating || (bom && even + odd > 0)) {
    throw fileProblem(phrase('main.import.file.utf16'))
  }
  const bad = firstControl(text)
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length
    throw fileProblem(phrase('main.import.file.notText'), { line })
  }
}

/** Index of the first control character other than tab, line feed and carriage return. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return i
  }
  return -1
}
