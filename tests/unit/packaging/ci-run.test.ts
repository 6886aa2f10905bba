import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../../support/temp-folder'

const ROOT = resolve(__dirname, '../../..')

/**
 * Runs .ci/run on a pretend machine: PATH holds only a shell, a few core tools and fakes of
 * node, npm and apt-get that write what they were asked to a log. Nothing is installed.
 */
function ciMachine(
  folder: string,
  opts: { node: string | null; browser: boolean; desktopFileUtils?: boolean },
) {
  const bin = join(folder, 'bin')
  const log = join(folder, 'calls.log')
  const nodeHome = join(folder, 'node-home')
  const browser = join(folder, 'chromium')
  mkdirSync(bin)
  mkdirSync(join(folder, 'repo', '.ci'), { recursive: true })
  copyFileSync(join(ROOT, '.ci/run'), join(folder, 'repo', '.ci', 'run'))
  for (const tool of ['bash', 'dirname', 'mkdir', 'chmod', 'cat', 'env']) {
    const real = ['/usr/bin', '/bin'].map((dir) => join(dir, tool)).find((p) => existsSync(p))
    if (real) symlinkSync(real, join(bin, tool))
  }
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!${join(bin, 'bash')}\n${body}\n`)
    chmodSync(join(bin, name), 0o755)
  }
  // A node that only knows its version and how to compare two; the new one lands in nodeHome.
  const fakeNode = (version: string) => `case "$1" in
  -p) echo ${version} ;;
  -v) echo v${version} ;;
  -e) exec ${process.execPath} "$@" ;;
esac`
  const installOldNode = `cat > ${bin}/node <<'EON'\n#!${bin}/bash\n${fakeNode('18.19.0')}\nEON\nchmod +x ${bin}/node`
  if (opts.node) script('node', fakeNode(opts.node))
  script(
    'apt-get',
    `echo "apt-get $*" >> ${log}
case "$*" in
  *install*chromium*) : > ${browser}; chmod +x ${browser} ;;
esac
case "$*" in
  *install*nodejs*npm*) ${installOldNode}; cat > ${bin}/npm <<'EON'\n#!${bin}/bash\nexec ${bin}/fake-npm "$@"\nEON\nchmod +x ${bin}/npm ;;
esac`,
  )
  script(
    'fake-npm',
    `echo "npm $1 with node $(node -v) skip=$ELECTRON_SKIP_BINARY_DOWNLOAD" >> ${log}
case "$*" in
  *node@24*) mkdir -p ${nodeHome}/node_modules/node/bin
    cat > ${nodeHome}/node_modules/node/bin/node <<'EON'\n#!${bin}/bash\n${fakeNode('24.11.0')}\nEON
    chmod +x ${nodeHome}/node_modules/node/bin/node ;;
  -v) echo 9.2.0 ;;
esac`,
  )
  if (opts.node) script('npm', `exec ${bin}/fake-npm "$@"`)
  if (opts.browser) script('chromium', '')
  if (opts.desktopFileUtils ?? true) {
    const debianTools = ['desktop-file-validate', 'pdftotext', 'pulseaudio', 'pactl']
    for (const tool of [...debianTools, 'Xvfb', 'openbox', 'xprop', 'wmctrl', 'python3'])
      script(tool, '')
  }
  const result = spawnSync(join(bin, 'bash'), [join(folder, 'repo', '.ci', 'run')], {
    encoding: 'utf8',
    env: {
      PATH: bin,
      HOME: folder,
      LOOSEN_NODE_HOME: nodeHome,
      LOOSEN_CHROMIUM: opts.browser ? join(bin, 'chromium') : browser,
    },
  })
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
  return { result, calls }
}

describe('.ci/run on a clean machine', () => {
  const tempFolder = useTempFolder('loosen-ci-')

  it('installs nothing on a machine that has Chromium and Node 24', () => {
    const { result, calls } = ciMachine(tempFolder(), { node: '24.11.0', browser: true })
    expect(result.status, result.stderr).toBe(0)
    expect(calls).toEqual([
      'npm -v with node v24.11.0 skip=1',
      'npm ci with node v24.11.0 skip=1',
      'npm test with node v24.11.0 skip=1',
    ])
  })

  it('updates apt before installing Chromium, and puts Node 24 first when Node is too old', () => {
    const { result, calls } = ciMachine(tempFolder(), {
      node: '18.19.0',
      browser: false,
      desktopFileUtils: false,
    })
    expect(result.status, result.stderr).toBe(0)
    expect(calls.slice(0, 3)).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends chromium',
      'apt-get install -y -qq --no-install-recommends desktop-file-utils poppler-utils pulseaudio pulseaudio-utils xvfb openbox x11-utils wmctrl python3',
    ])
    expect(calls).toContain('npm install with node v18.19.0 skip=1')
    expect(calls.slice(-2)).toEqual([
      'npm ci with node v24.11.0 skip=1',
      'npm test with node v24.11.0 skip=1',
    ])
  })

  it('gets node and npm from apt first on a machine that has neither', () => {
    const { result, calls } = ciMachine(tempFolder(), { node: null, browser: true })
    expect(result.status, result.stderr).toBe(0)
    expect(calls.slice(0, 3)).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends nodejs npm',
      'npm install with node v18.19.0 skip=1',
    ])
    expect(calls.at(-1)).toBe('npm test with node v24.11.0 skip=1')
  })
})
