/**
 * Saves text as a file through the browser's download path: an `<a download>` on a blob: URL.
 * It needs no CSP exception, and in Electron the default download handling asks where to save.
 */
export function downloadText(
  fileName: string,
  mimeType: string,
  content: string | Uint8Array<ArrayBuffer>,
): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy once it starts; give it a moment before freeing the blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
