import { readdir, readlink } from 'node:fs/promises'
import type { ProcReader } from './camera-linux'

/** The real /proc: unreadable entries (other users' processes, ones that just ended) are empty. */
export const procReader: ProcReader = {
  list: (path) => readdir(path).catch(() => []),
  link: (path) => readlink(path).catch(() => null),
}
