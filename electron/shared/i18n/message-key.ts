import type english from '../../../locales/en.json'

/**
 * Every message id the app may ask for, taken from the English catalogue, so a typo or a
 * message removed from English is a type error where it is used.
 */
export type MessageKey = keyof typeof english

/** One language's catalogue: message id → ICU MessageFormat text. */
export type Messages = Readonly<Record<string, string>>

/** Values an ICU message may interpolate. */
export type MessageValues = Readonly<Record<string, string | number | Date | boolean>>
