// Chromium cannot load a scheme only Electron knows, so the stand-in shows app://HOST/path at
// https://HOST.SCHEME.standin/path and answers every such request with the handler the app
// registered through protocol.handle. The app only ever sees app:// URLs: every URL it is given
// (senderFrame.url, will-navigate, getURL) is mapped back.

const SUFFIX = '.standin'
export const privilegedSchemes = new Set<string>()

export function toPageUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(url)
  if (!match) return url
  const [, scheme = '', host = '', rest = ''] = match
  if (!privilegedSchemes.has(scheme.toLowerCase())) return url
  return `https://${host}.${scheme.toLowerCase()}${SUFFIX}${rest === '' ? '/' : rest}`
}

export function toAppUrl(url: string): string {
  const match = /^https:\/\/([^/?#]*)\.([a-z][a-z0-9+-]*)\.standin(.*)$/i.exec(url)
  if (!match) return url
  const [, host = '', scheme = '', rest = ''] = match
  return `${scheme}://${host}${rest}`
}

export function isStandInPageUrl(url: string): boolean {
  return toAppUrl(url) !== url
}
