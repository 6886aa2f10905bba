import { execFile } from 'node:child_process'
import type { RunCommand } from './tray-host'

/** Runs a short probe; it is given two seconds, so a hung bus cannot hold up the start. */
export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve) => {
    execFile(file, [...args], { timeout: 2000, encoding: 'utf8' }, (error, stdout) => {
      resolve({ ok: error === null, stdout })
    })
  })
