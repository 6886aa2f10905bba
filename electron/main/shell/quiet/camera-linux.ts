/** What the camera probe reads of /proc, so tests can give it a made-up process table. */
export interface ProcReader {
  /** Entries of a folder; [] when it cannot be read (another user's process). */
  list(path: string): Promise<string[]>
  /** Where a symbolic link points; null when it cannot be read. */
  link(path: string): Promise<string | null>
}

/** Stops looking after this many open files, so a huge process table cannot stall the check. */
const MAX_LINKS = 20_000

/**
 * Whether any of the user's processes has a video device open (/dev/video*): a camera in use.
 * Only the user's own processes can be seen, which is where a call app runs.
 */
export async function linuxCameraInUse(proc: ProcReader, ownPid: number): Promise<boolean> {
  const pids = (await proc.list('/proc')).filter((e) => /^\d+$/.test(e) && e !== String(ownPid))
  let seen = 0
  for (const pid of pids) {
    const fds = await proc.list(`/proc/${pid}/fd`)
    for (const fd of fds) {
      if (++seen > MAX_LINKS) return false
      const target = await proc.link(`/proc/${pid}/fd/${fd}`)
      if (target !== null && /^\/dev\/video\d+$/.test(target)) return true
    }
  }
  return false
}
