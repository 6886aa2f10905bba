import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../electron/main/services'
import { createCatalogueSet } from '../../../electron/shared/i18n/catalogue-set'
import type { Messages } from '../../../electron/shared/i18n/message-key'
import { describeProblem, type ImportPreview } from '../../../electron/shared/log/transfer-types'
import { sayMessage, zodMessage } from '../../../electron/shared/text/phrase'
import english from '../../../locales/en.json'
import { useTempFolder } from '../../support/temp-folder'

// Main answers in the person's language: a refused request, an import's problems (with their
// line and field) and a failed import. A test catalogue stands in for German, so the test does
// not wait for the translators and every word it expects is visibly not English.
const GERMAN: Messages = {
  'main.ipc.fieldProblem': '{field} – {problem}',
  'main.ipc.unknownChannel': 'Es gibt keine Anfrage namens „{channel}“.',
  'valid.practiceSettings.weekHas7Days': 'Eine Woche hat 7 Tage: wähle 1 bis 7.',
  'valid.logRequest.keepNote1000': 'Die Notiz darf höchstens 1.000 Zeichen lang sein.',
  'main.import.place.line': 'Zeile {line}',
  'main.import.place.field': 'Feld {field}',
  'main.import.problemAt': '{place} – {message}',
  'main.import.nothingImported': 'Nichts wurde importiert. {problem}',
  'valid.logRequest.ratingMax': 'Die höchste Bewertung ist {max} (so fest wie möglich).',
}
const catalogues = createCatalogueSet({ 'en.json': english, 'de.json': GERMAN })

describe('a zod message with values', () => {
  it('is said with its values in either language', () => {
    const german = catalogues.translatorFor({ messages: 'de', format: 'de-DE', dir: 'ltr' })
    const message = zodMessage('valid.logRequest.ratingMax', { max: 10 })
    expect(sayMessage(message)).toBe('The highest rating is 10 (as tight as can be).')
    expect(sayMessage(message, german)).toBe('Die höchste Bewertung ist 10 (so fest wie möglich).')
    expect(sayMessage('Invalid input: expected number')).toBe('Invalid input: expected number')
  })
})

describe('main in German', () => {
  const tempFolder = useTempFolder()

  function services(languages: string[]): MainServices {
    return createMainServices({
      dataFolder: join(tempFolder(), 'data'),
      appVersion: '1.2.3',
      platform: 'linux',
      now: () => Date.parse('2026-11-23T10:00:00Z'),
      emit: () => undefined,
      log: { error: () => undefined },
      preferredLanguages: () => languages,
      catalogues,
    })
  }

  it('refuses a setting in the system’s language, naming the field', async () => {
    const main = services(['de-AT', 'en-US'])
    const answer = await main.dispatch('settings:update', { practiceWeeklyTarget: 9 })
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'practiceWeeklyTarget – Eine Woche hat 7 Tage: wähle 1 bis 7.',
        field: 'practiceWeeklyTarget',
        // The reason alone, for a form that shows it beside the field, whatever the punctuation.
        problem: 'Eine Woche hat 7 Tage: wähle 1 bis 7.',
      },
    })
    expect(await main.dispatch('settings:destroy', undefined)).toMatchObject({
      error: { message: 'Es gibt keine Anfrage namens „settings:destroy“.' },
    })
    main.close()
  })

  it('follows the Settings choice over the system, at once', async () => {
    const main = services(['de-DE'])
    expect((await main.dispatch('settings:update', { language: 'en' })).ok).toBe(true)
    const answer = await main.dispatch('settings:update', { practiceWeeklyTarget: 9 })
    expect(answer).toMatchObject({
      error: { message: 'practiceWeeklyTarget: A week has 7 days: choose 1 to 7.' },
    })
    main.close()
  })

  it('names the line and field of an import problem, and says why nothing was imported', async () => {
    const main = services(['de-DE'])
    const text = `time,value,note\n2026-11-20T10:00:00+01:00,4,${'x'.repeat(1001)}\n`
    const preview = await main.dispatch('log:previewImport', { fileName: 'r.csv', text })
    expect(preview.ok).toBe(true)
    const problems = preview.ok ? (preview.value as ImportPreview) : null
    const first = problems && !problems.valid ? problems.problems[0] : undefined
    if (!first) throw new Error(`No problem found: ${JSON.stringify(preview)}`)
    const german = catalogues.translatorFor({ messages: 'de', format: 'de-DE', dir: 'ltr' })
    // The page says it in its own language from the problem's phrase; English stays the message.
    expect(describeProblem(first, german)).toBe(
      'Zeile 2, Feld note – Die Notiz darf höchstens 1.000 Zeichen lang sein.',
    )
    expect(describeProblem(first)).toBe('Line 2, note: Keep the note to 1,000 characters or fewer.')
    const commit = await main.dispatch('log:commitImport', {
      fileName: 'r.csv',
      text,
      applySettings: false,
    })
    expect(commit).toMatchObject({
      ok: false,
      error: {
        message:
          'Nichts wurde importiert. Zeile 2, Feld note – Die Notiz darf höchstens 1.000 Zeichen lang sein.',
      },
    })
    main.close()
  })
})
