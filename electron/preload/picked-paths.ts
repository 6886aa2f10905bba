import type { Result } from '../shared/result'

/** The requests that may name a file on disk for main's import worker to read. */
const PATH_CHANNELS: ReadonlySet<string> = new Set(['log:previewImport', 'log:commitImport'])

/** Seen only by a page that names a file no one picked; a person never does. */
const NOT_PICKED = 'Only a file picked or dropped in Loosen can be imported by its path.'

export interface PickedPaths {
  /** The file's path on disk ('' for none), remembered as one the page may send. */
  pathFor(file: File): string
  /** Null when the request may go to main; a refusal when it names a path never handed out. */
  refusal(channel: string, payload: unknown): Result<never> | null
}

/**
 * Main's worker reads whatever path an import names, so the bridge lets through only paths it
 * gave for a File the person picked or dropped (a File made by a script has none): a page
 * taken over by a script cannot have main read ~/.ssh or any other file and quote it back in
 * the import's problems. The page still learns the paths of files the person chose.
 */
export function pickedPaths(pathForFile: (file: File) => string): PickedPaths {
  const given = new Set<string>()
  return {
    pathFor(file) {
      const path = pathForFile(file)
      if (path) given.add(path)
      return path
    },
    refusal(channel, payload) {
      if (!PATH_CHANNELS.has(channel) || typeof payload !== 'object' || payload === null) {
        return null
      }
      if (!('path' in payload) || payload.path === undefined) return null
      if (typeof payload.path === 'string' && given.has(payload.path)) return null
      return { ok: false, error: { code: 'invalid_input', message: NOT_PICKED, field: 'path' } }
    },
  }
}
