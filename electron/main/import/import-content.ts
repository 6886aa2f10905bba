import { createHash, type Hash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { phrase } from '../../shared/text/phrase'
import { MAX_IMPORT_CHARS } from '../../shared/contract/log'
import { ApiFailure } from '../core/api-failure'

/** A file on disk, read by the thread that imports it (the worker), never through main. */
export interface FileOnDisk {
  path: string
}

/** What an import is given: the file's text (a file with no path), or where the file is. */
export type ImportContent = string | FileOnDisk

/** The file's text, and its SHA-256 with its name (what the preview's check is kept under). */
export interface LoadedContent {
  text: string
  digest: () => string
}

/** Read and hashed at a time: a big file is never encoded or hashed as one piece. */
const CHUNK = 1 << 20

/**
 * UTF-8 takes at most 3 bytes per UTF-16 unit, so a file up to three times the text cap may
 * still decode within it (notes in Greek or Japanese); past that it cannot.
 */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 3

function startDigest(fileName: string): Hash {
  return createHash('sha256').update(fileName).update('\0')
}

function textDigest(fileName: string, text: string): string {
  const hash = startDigest(fileName)
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + CHUNK)
    // Never between the two halves of a surrogate pair (each half alone would encode as U+FFFD).
    const last = text.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++
    hash.update(text.slice(at, end))
    at = end
  }
  return hash.digest('hex')
}

const cannotRead = (path: string) =>
  new ApiFailure('invalid_input', phrase('main.import.path.unreadable', { path }), 'path')

/**
 * Opening a FIFO for reading waits for a writer: without blocking, it is opened and then
 * refused as not a file (Windows has no such flag, nor such files).
 */
const READ_WITHOUT_WAITING =
  constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0)

/** Opens the file for reading: a missing, unreadable or non-regular file is refused by name. */
function openFile(path: string): { fd: number; size: number } {
  let fd: number
  try {
    fd = openSync(path, READ_WITHOUT_WAITING)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ApiFailure('not_found', phrase('main.import.path.missing', { path }), 'path')
    }
    if (code === 'EISDIR') {
      throw new ApiFailure('invalid_input', phrase('main.import.path.notAFile', { path }), 'path')
    }
    throw cannotRead(path)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) {
      throw new ApiFailure('invalid_input', phrase('main.import.path.notAFile', { path }), 'path')
    }
    if (stat.size > MAX_IMPORT_BYTES) {
      throw new ApiFailure('invalid_input', phrase('valid.logRequest.fileTooLargeImport'), 'path')
    }
    return { fd, size: stat.size }
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

/** Reads the file into `bytes` (its size when opened), hashing each chunk read. */
function readInto(fd: number, bytes: Buffer, hash: Hash): number {
  let total = 0
  while (total < bytes.length) {
    const read = readSync(fd, bytes, total, Math.min(CHUNK, bytes.length - total), total)
    if (read === 0) break
    hash.update(bytes.subarray(total, total + read))
    total += read
  }
  return total
}

/** Hashes the whole file as it is now, a chunk at a time. */
function hashFile(fd: number, hash: Hash): void {
  const chunk = Buffer.allocUnsafe(CHUNK)
  for (let position = 0; ;) {
    const read = readSync(fd, chunk, 0, CHUNK, position)
    if (read === 0) return
    hash.update(chunk.subarray(0, read))
    position += read
  }
}

/**
 * Reads a file as the page's `file.text()` would (UTF-8, a byte order mark dropped, broken
 * bytes as U+FFFD), hashing the same bytes on the way, so the check and its digest are of one
 * reading even if the file changes meanwhile.
 */
function readFileOnDisk(fileName: string, path: string): LoadedContent {
  const { fd, size } = openFile(path)
  try {
    const bytes = Buffer.allocUnsafe(size)
    const hash = startDigest(fileName)
    const read = readInto(fd, bytes, hash)
    const digest = hash.digest('hex')
    let text: string
    try {
      text = new TextDecoder('utf-8').decode(bytes.subarray(0, read))
    } catch {
      // Longer than the longest string V8 holds: over the cap once decoded.
      throw new ApiFailure('invalid_input', phrase('valid.logRequest.fileTooLargeImport'), 'path')
    }
    return { text, digest: () => digest }
  } catch (error) {
    if (error instanceof ApiFailure) throw error
    throw cannotRead(path)
  } finally {
    closeSync(fd)
  }
}

/** The file's text in this thread (read from disk when given its path), with its digest. */
export function loadContent(fileName: string, content: ImportContent): LoadedContent {
  if (typeof content !== 'string') return readFileOnDisk(fileName, content.path)
  return { text: content, digest: () => textDigest(fileName, content) }
}

/**
 * The digest `loadContent` would give, without holding the file's text: a file on disk is
 * hashed a megabyte at a time (a commit whose preview still holds needs nothing else of it).
 */
export function digestOf(fileName: string, content: ImportContent): string {
  if (typeof content === 'string') return textDigest(fileName, content)
  const { fd } = openFile(content.path)
  try {
    const hash = startDigest(fileName)
    hashFile(fd, hash)
    return hash.digest('hex')
  } catch (error) {
    if (error instanceof ApiFailure) throw error
    throw cannotRead(content.path)
  } finally {
    closeSync(fd)
  }
}
