/** Built-in practices offered from the tray and by daily reminders (ids match assets/practices). */
export const PRACTICE_SHORTCUTS: readonly { id: string; title: string }[] = [
  { id: 'hip-pelvis-body-scan', title: 'Hip & Pelvis Body Scan' },
  { id: 'belly-breathing', title: 'Belly Breathing' },
  { id: 'resonance-breathing', title: 'Resonance Breathing' },
  { id: 'cyclic-sighing', title: 'Cyclic Sighing' },
  { id: 'box-breathing', title: 'Box Breathing' },
  { id: 'constructive-rest', title: 'Constructive Rest' },
  { id: 'movement-break', title: 'Movement Break' },
]

/** A shortcut's title in the person's language: the practice script's own translated title. */
export function practiceShortcutTitle(
  shortcut: { id: string; title: string },
  plain: (key: string, english: string) => string,
): string {
  return plain(`script.${shortcut.id}.title`, shortcut.title)
}
