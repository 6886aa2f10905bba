import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  isTrustedSenderUrl,
  mimeTypeFor,
  resolveAppFile,
} from '../../../electron/main/security/app-url'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp'

const root = resolve('/opt/loosen/renderer')

describe('the app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile('app://loosen/index.html', root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://loosen/', root)).toBe(join(root, 'index.html'))
    expect(resolveAppFile('app://loosen/assets/a.js?x=1#y', root)).toBe(join(root, 'assets/a.js'))
    expect(resolveAppFile('app://loosen/sounds/bell%20soft.ogg', root)).toBe(
      join(root, 'sounds/bell soft.ogg'),
    )
  })

  it('refuses other hosts, other schemes and every way out of the folder', () => {
    for (const url of [
      'app://elsewhere/index.html',
      'file:///etc/passwd',
      'https://loosen/index.html',
      'app://loosen/assets/..%2f..%2f..%2fetc/passwd',
      'app://loosen/a%5c..%5c..%5csecret',
      'app://loosen/a%00.html',
      'app://loosen/%E0%A4%A',
      'not a url',
    ]) {
      expect(resolveAppFile(url, root), url).toBeNull()
    }
    // The URL parser folds plain dot segments, so this one lands inside the folder, not above it.
    expect(resolveAppFile('app://loosen/../../etc/passwd', root)).toBe(join(root, 'etc/passwd'))
    expect(resolveAppFile('app://loosen/%2e%2e/%2e%2e/etc/passwd', root)).toBe(
      join(root, 'etc/passwd'),
    )
  })

  it('serves scripts and sounds with the right content type', () => {
    expect(mimeTypeFor('a.js')).toMatch(/javascript/)
    expect(mimeTypeFor('bell.OGG')).toBe('audio/ogg')
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream')
  })

  it('trusts IPC only from the app origin (and the dev server in development)', () => {
    expect(isTrustedSenderUrl('app://loosen/index.html')).toBe(true)
    expect(isTrustedSenderUrl('app://evil/index.html')).toBe(false)
    expect(isTrustedSenderUrl('https://example.com/')).toBe(false)
    expect(isTrustedSenderUrl('file:///index.html')).toBe(false)
    expect(isTrustedSenderUrl(undefined)).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })

  it('has a CSP with no inline script, no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("media-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })
})
