import { zodMessage } from '../text/phrase'
import { z } from 'zod'
import { INSIGHTS_RANGES, type Insights } from '../log/insights-types'
import { tagListSchema } from '../log/tags'
import type { ExportFile, ImportPreview, RecordCounts } from '../log/transfer-types'
import { channel } from './channel'
import { BROKEN_CHARACTER_MESSAGE, hasNoNul, isWellFormed, NUL_MESSAGE } from '../text/well-formed'

export const HIP_REGIONS = [
  'left-front-hip',
  'right-front-hip',
  'left-groin',
  'right-groin',
  'left-buttock',
  'right-buttock',
  'sacrum',
  'lower-back',
  'pelvic-floor',
] as const

export type HipRegion = (typeof HIP_REGIONS)[number]

/** The self-rating scale, for a rating and for each body-map region. */
export const TENSION_MIN = 0
export const TENSION_MAX = 10

const scale = `${String(TENSION_MIN)} to ${String(TENSION_MAX)}`

export const tensionValue = z
  .number({ error: `Rate from ${scale}.` })
  .int({ error: `Use a whole number from ${scale}.` })
  .min(TENSION_MIN, { error: zodMessage('valid.logRequest.ratingMin', { min: TENSION_MIN }) })
  .max(TENSION_MAX, {
    error: zodMessage('valid.logRequest.ratingMax', { max: TENSION_MAX }),
  })

export const NOTE_MAX = 1000

export const noteSchema = z
  .string({ error: 'valid.logRequest.noteText' })
  .max(NOTE_MAX, { error: 'valid.logRequest.keepNote1000' })
  .refine(isWellFormed, { error: BROKEN_CHARACTER_MESSAGE })
  .refine(hasNoNul, { error: NUL_MESSAGE })

export const regionsSchema = z.partialRecord(
  z.enum(HIP_REGIONS, {
    error: (issue) =>
      `"${String(issue.input)}" is not a body-map region. Use one of: ${HIP_REGIONS.join(', ')}.`,
  }),
  tensionValue,
)

const epochMs = z.number().int().nonnegative()
const ratingId = z.string().min(1).max(64)
const phaseSchema = z.enum(['before', 'after'])

export const newRatingSchema = z
  .object({
    value: tensionValue,
    /** Epoch ms; defaults to now in main. May be moved back, never into the future. */
    takenAt: epochMs.optional(),
    regions: regionsSchema.optional(),
    note: noteSchema.optional(),
    tags: tagListSchema.optional(),
    /** Links a before/after rating to a practice session. */
    sessionId: z.string().min(1).max(64).optional(),
    phase: phaseSchema.optional(),
  })
  .strict()

export type NewRating = z.input<typeof newRatingSchema>

/** An edit replaces every field the user can change; the link to a session stays as it was. */
export const ratingEditSchema = z
  .object({
    id: ratingId,
    value: tensionValue,
    takenAt: epochMs,
    regions: regionsSchema,
    note: noteSchema,
    tags: tagListSchema,
  })
  .strict()

export type RatingEdit = z.input<typeof ratingEditSchema>

/** A deleted rating, exactly as it was, so "Undo" can put it back. */
export const ratingSnapshotSchema = ratingEditSchema
  .extend({
    utcOffsetMin: z.number().int().min(-840).max(840),
    sessionId: z.string().min(1).max(64).nullable(),
    phase: phaseSchema.nullable(),
  })
  .strict()

export interface Rating {
  id: string
  value: number
  takenAt: number
  /** The time zone offset where it was taken, minutes east of UTC. */
  utcOffsetMin: number
  regions: Partial<Record<HipRegion, number>>
  note: string
  tags: string[]
  sessionId: string | null
  phase: 'before' | 'after' | null
}

export interface RatingCursor {
  takenAt: number
  id: string
}

export interface RatingPage {
  ratings: Rating[]
  total: number
  /** Pass as `before` for the next, older page; null when this was the oldest. */
  next: RatingCursor | null
}

const listRatingsSchema = z
  .object({
    limit: z.number().int().min(1).max(200).optional(),
    before: z.object({ takenAt: epochMs, id: ratingId }).strict().optional(),
  })
  .strict()
  .optional()

/**
 * The longest string V8 holds (2^29 − 24 characters): an export is built as one such string, so
 * anything Loosen exports fits under this cap and imports back.
 */
/**
 * JSON: the full backup. CSV: one importable mixed-row file. Spreadsheet: a zip of one readable
 * CSV per kind of record, for a physio; its bytes travel base64-encoded (ExportFile is text).
 */
export const EXPORT_FORMATS = ['json', 'csv', 'spreadsheet'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
/** The spreadsheet export's type: its content is the zip's bytes in base64. */
export const SPREADSHEET_ZIP_MIME = 'application/zip'

export const MAX_IMPORT_CHARS = 2 ** 29 - 24

/**
 * A picked file reaches main as its path when the page knows it (Electron's
 * `webUtils.getPathForFile`): the import's worker reads it from disk, so its text never
 * crosses IPC or main's thread. A file with no path (dragged from a browser, the test harness)
 * comes as its text, as before. A path is checked here for its shape only (zod runs in the
 * page too); the worker refuses one that is not a readable regular file within the cap.
 */
const MAX_IMPORT_PATH = 4096

/** POSIX `/…`, Windows `C:\…` or `C:/…`, and UNC `\\server\share\…`. */
export function isAbsoluteFilePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(path)
}

const importFileFields = {
  fileName: z.string().max(260),
  text: z
    .string()
    .max(MAX_IMPORT_CHARS, {
      error: 'valid.logRequest.fileTooLargeImport',
    })
    .optional(),
  path: z
    .string()
    .max(MAX_IMPORT_PATH, { error: 'valid.logRequest.importPathNotAbsolute' })
    .refine(isAbsoluteFilePath, { error: 'valid.logRequest.importPathNotAbsolute' })
    .refine(hasNoNul, { error: NUL_MESSAGE })
    .optional(),
}

/** Exactly one of the file's text and its path. */
const textOrPath = (request: { text?: string | undefined; path?: string | undefined }) =>
  (request.text === undefined) !== (request.path === undefined)

const importFileSchema = z
  .object(importFileFields)
  .strict()
  .refine(textOrPath, { error: 'valid.logRequest.importTextOrPath' })

export interface ImportResult {
  added: RecordCounts
  skipped: RecordCounts
  settingsApplied: number
}

export const logChannels = {
  'log:addRating': channel<Rating>()(newRatingSchema),
  'log:listRatings': channel<RatingPage>()(listRatingsSchema),
  'log:updateRating': channel<Rating>()(ratingEditSchema),
  'log:deleteRating': channel<Rating>()(z.object({ id: ratingId }).strict()),
  'log:restoreRating': channel<Rating>()(ratingSnapshotSchema),
  'log:insights': channel<Insights>()(z.object({ range: z.enum(INSIGHTS_RANGES) }).strict()),
  'log:export': channel<ExportFile>()(z.object({ format: z.enum(EXPORT_FORMATS) }).strict()),
  'log:previewImport': channel<ImportPreview>()(importFileSchema),
  'log:commitImport': channel<ImportResult>()(
    z
      .object({ ...importFileFields, applySettings: z.boolean() })
      .strict()
      .refine(textOrPath, { error: 'valid.logRequest.importTextOrPath' }),
  ),
}
