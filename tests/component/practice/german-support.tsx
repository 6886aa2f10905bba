import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import english from '../../../locales/en.json'
import { createCatalogueSet } from '../../../electron/shared/i18n/catalogue-set'
import type { Messages } from '../../../electron/shared/i18n/message-key'
import type { Translator } from '../../../electron/shared/i18n/translator'
import { TranslatorProvider } from '../../../renderer/src/i18n/i18n-context'
import { SettingsProvider } from '../../../renderer/src/settings/settings-context'

/**
 * A small German catalogue, as a translator would write it: the practice words under test and a
 * built-in script's steps (by their ids). What it lacks reads in English, as in the app.
 */
export const GERMAN: Messages = {
  'language.name': 'Deutsch',
  'practice.category.breathing': 'Atmung',
  'practice.library.lengths': '{lengths} Min.',
  'practice.duration.minutes': '{minutes} Min.',
  'practice.phase.inhale': 'Einatmen',
  'practice.phase.hold': 'Halten',
  'practice.phase.exhale': 'Ausatmen',
  'practice.player.stepCount': 'Schritt {step} von {total}',
  'practice.player.pause': 'Pausieren',
  'practice.weeklyTarget.label': 'Wöchentliches Übungsziel',
  'practice.weeklyTarget.choice':
    '{days, plural, =7 {Jeden Tag} one {# Tag pro Woche} other {# Tage pro Woche}}',
  'practice.summary.ratingChange':
    '{before} → {after}, {direction, select, same {wie vorher} looser {{size, plural, one {# Punkt lockerer} other {# Punkte lockerer}}} other {{size, plural, one {# Punkt fester} other {# Punkte fester}}}}',
  'practice.voice.label': 'Anleitung vorlesen',
  'practice.voice.noneInLanguage':
    'Auf diesem Computer ist keine Stimme für {language} installiert; die Glocken markieren jeden Schritt.',
  'practice.voice.previewText': 'Lass die Schultern weich werden und atme langsam aus.',
  'practice.pattern.describe':
    'ein {inhale, number}{hasTopUp, select, true {, nachatmen {topUp, number}} other {}}{hasHoldIn, select, true {, halten {holdIn, number}} other {}}, aus {exhale, number}{hasHoldOut, select, true {, halten {holdOut, number}} other {}} s',
  'practice.customBreathing.summary':
    'Dein eigenes Muster: {pattern}, etwa {perMin, number, ::.0} Atemzüge pro Minute.',
  'practice.customBreathing.settle.text': 'Komm an und lass den Bauch weich werden.',
  'script.box-breathing.title': 'Box-Atmung',
  'script.box-breathing.summary': 'Vier gleiche Seiten: einatmen, halten, ausatmen, halten.',
  'script.box-breathing.step.settle.text': 'Setz dich aufrecht hin und lass die Schultern sinken.',
  'script.box-breathing.step.pace.text': 'Einatmen, halten, ausatmen, halten: je vier Zählzeiten.',
}

const catalogues = createCatalogueSet({ 'locales/en.json': english, 'locales/de.json': GERMAN })

/** German words with German dates and numbers; a broken message fails the test. */
export function german(): Translator {
  return catalogues.translatorFor({ messages: 'de', format: 'de-DE', dir: 'ltr' }, (problem) => {
    // A message German lacks falls back to English on purpose; anything else is a bug.
    if (!problem.endsWith('missing, English shown')) throw new Error(problem)
  })
}

/** Renders `ui` in German, inside the settings the practice components read. */
export function renderInGerman(ui: ReactElement, translator = german()): RenderResult {
  return render(
    <TranslatorProvider translator={translator}>
      <SettingsProvider>{ui}</SettingsProvider>
    </TranslatorProvider>,
  )
}
