import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import english from '../../../locales/en.json'
import { createCatalogueSet } from '../../../electron/shared/i18n/catalogue-set'
import type { Messages } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { TranslatorProvider } from '../../../renderer/src/i18n/i18n-context'

/**
 * A little German, as a translator would write it, for the report, check-ins and Today: enough
 * to see that these screens read the catalogue. What it lacks reads in English, as in the app.
 */
export const GERMAN: Messages = {
  'language.name': 'Deutsch',
  'today.dateLine':
    '{part, select, morning {Guten Morgen} afternoon {Guten Tag} evening {Guten Abend} other {Hallo}} · {date}',
  'today.break.next': 'Nächste Pause um {time}, in {duration}.',
  'today.duration.minutes': '{minutes, plural, one {# Minute} other {# Minuten}}',
  'today.checkin.last': 'Deine letzte Selbsteinschätzung war {rating}/10, {when}.',
  'today.week.heading': 'Diese Woche',
  'today.week.average':
    '{week, select, this {Diese Woche} other {Letzte Woche}}: {count, plural, =0 {keine Einträge} one {{average} (# Eintrag)} other {{average} (# Einträge)}}',
  'report.summary.title': 'Selbstauskunft{named, select, yes {: {name}} other {}}',
  'report.detail.adherence.weekColumn': 'Woche (ab {weekday})',
  'checkins.peg.pain.question':
    'Welche Zahl beschreibt am besten deine durchschnittlichen Schmerzen in der vergangenen Woche?',
  'checkins.peg.pain.low': 'Keine Schmerzen',
  'checkins.globalChange.answer.muchImproved': 'Viel besser',
  'checkins.results.pegScore': '{score} <muted>von 10, {date}</muted>',
}

const catalogues = createCatalogueSet({ 'locales/en.json': english, 'locales/de.json': GERMAN })

function failOnProblem(problem: string): void {
  // A message that does not compile is a defect; a German message not written yet is not.
  if (!problem.endsWith('missing, English shown')) throw new Error(problem)
}

/** `messages` (en or de) with `format` as the locale for dates, times, numbers and weeks. */
export function translatorIn(messages: 'en' | 'de', format: string): Translator {
  return catalogues.translatorFor({ messages, format, dir: 'ltr' }, failOnProblem)
}

/** Renders `ui` under that translator, as the app does once the language is chosen. */
export function renderIn(messages: 'en' | 'de', format: string, ui: ReactElement): RenderResult {
  return render(
    <TranslatorProvider translator={translatorIn(messages, format)}>{ui}</TranslatorProvider>,
  )
}
