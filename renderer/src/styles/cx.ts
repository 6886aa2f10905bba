/** Joins class names, skipping the empty ones (a CSS module's missing key, a false condition). */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
