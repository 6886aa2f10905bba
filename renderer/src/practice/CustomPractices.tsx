import { useEffect, useRef, useState } from 'react'
import type { CustomPractice } from '../../../electron/shared/contract/practice'
import { api } from '../api'
import { CustomEditor, type EditorTarget } from './CustomEditor'
import { useT } from '../i18n/i18n-context'
import { describePatternIn } from './custom-words'
import { formatLength, type Translate } from './format'
import styles from './practice.module.css'

function describe(t: Translate, practice: CustomPractice): string {
  if (practice.kind === 'breathing') {
    return t('practice.custom.describeBreathing', {
      pattern: describePatternIn(t, practice.body),
      length: formatLength(t, practice.body.lengthMin),
    })
  }
  const body = practice.body
  return t('practice.custom.describeTimer', {
    length: body.lengthMin === null ? '' : formatLength(t, body.lengthMin),
    open: body.lengthMin === null,
    interval: body.intervalMin ?? 0,
    bell: body.intervalMin === null ? 'none' : 'every',
  })
}

interface CustomPracticesProps {
  items: CustomPractice[]
  onOpen: (id: string) => void
}

/** The user's own breathing patterns and timer presets: start, edit, duplicate, delete. */
export function CustomPractices({ items, onOpen }: CustomPracticesProps) {
  const { t } = useT()
  const [editing, setEditing] = useState<EditorTarget | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<CustomPractice | null>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  /** The button that opened the form, to return keyboard focus to when it closes. */
  const trigger = useRef<HTMLElement | null>(null)

  // The deleted row is gone; Undo is the natural next place for the keyboard.
  useEffect(() => {
    if (deleted) undoButton.current?.focus()
  }, [deleted])

  const openEditor = (target: EditorTarget) => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setEditing(target)
  }

  const closeEditor = (saved: CustomPractice | null) => {
    setEditing(null)
    if (saved) {
      setDeleted(null)
      setMessage(t('practice.custom.saved', { name: saved.name }))
    }
    if (trigger.current?.isConnected) trigger.current.focus()
  }

  /** Saves a new practice with the same content (a copy, or a deleted one brought back). */
  const saveCopy = (practice: CustomPractice, name: string) =>
    practice.kind === 'breathing'
      ? api().practice.saveCustom({ kind: 'breathing', name, body: practice.body })
      : api().practice.saveCustom({ kind: 'timer', name, body: practice.body })

  const duplicate = async (practice: CustomPractice) => {
    const copyName = t('practice.custom.copyName', { name: practice.name }).slice(0, 60)
    const result = await saveCopy(practice, copyName)
    setDeleted(null)
    setMessage(
      result.ok ? t('practice.custom.copied', { name: result.value.name }) : result.error.message,
    )
  }

  const remove = async (practice: CustomPractice) => {
    const result = await api().practice.deleteCustom({ id: practice.id })
    setDeleted(result.ok ? practice : null)
    setMessage(
      result.ok ? t('practice.custom.deleted', { name: practice.name }) : result.error.message,
    )
  }

  // Undo takes its own button away: the practice brought back takes the focus instead.
  const broughtBack = useRef<string | null>(null)
  useEffect(() => {
    const id = broughtBack.current
    if (!id || !items.some((practice) => practice.id === id)) return
    broughtBack.current = null
    document.querySelector<HTMLElement>(`[data-practice-id="${CSS.escape(id)}"]`)?.focus()
  }, [items])

  const undo = async (practice: CustomPractice) => {
    const result = await saveCopy(practice, practice.name)
    if (result.ok) broughtBack.current = result.value.id
    setDeleted(null)
    setMessage(
      result.ok ? t('practice.custom.broughtBack', { name: practice.name }) : result.error.message,
    )
  }

  return (
    <section className={styles['custom-practices']} aria-labelledby="custom-title">
      <h2 id="custom-title">{t('practice.custom.heading')}</h2>
      {items.length === 0 ? (
        <p className={styles['hint']}>{t('practice.custom.empty')}</p>
      ) : (
        <ul>
          {items.map((practice) => (
            <li key={practice.id} className={styles['custom-row']}>
              <span>
                <strong>{practice.name}</strong>{' '}
                <span className={styles['hint']}>{describe(t, practice)}</span>
              </span>
              <span className={styles['row-actions']}>
                <button
                  type="button"
                  className="primary"
                  onClick={() => onOpen(practice.id)}
                  aria-label={t('practice.custom.startLabel', { name: practice.name })}
                  data-practice-id={practice.id}
                >
                  {t('practice.custom.start')}
                </button>
                <button
                  type="button"
                  onClick={() => openEditor({ mode: 'edit', practice })}
                  aria-label={t('practice.custom.editLabel', { name: practice.name })}
                >
                  {t('practice.custom.edit')}
                </button>
                <button
                  type="button"
                  onClick={() => void duplicate(practice)}
                  aria-label={t('practice.custom.duplicateLabel', { name: practice.name })}
                >
                  {t('practice.custom.duplicate')}
                </button>
                <button
                  type="button"
                  onClick={() => void remove(practice)}
                  aria-label={t('practice.custom.deleteLabel', { name: practice.name })}
                >
                  {t('practice.custom.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="form-status">
        {message ?? ''}{' '}
        {deleted ? (
          <button ref={undoButton} type="button" onClick={() => void undo(deleted)}>
            {t('common.undo')}
          </button>
        ) : null}
      </p>
      {editing ? (
        <CustomEditor
          key={editing.mode === 'edit' ? editing.practice.id : editing.kind}
          target={editing}
          onClose={closeEditor}
        />
      ) : null}
      <div className={styles['practice-actions']}>
        <button type="button" onClick={() => openEditor({ mode: 'new', kind: 'breathing' })}>
          {t('practice.custom.newBreathing')}
        </button>
        <button type="button" onClick={() => openEditor({ mode: 'new', kind: 'timer' })}>
          {t('practice.custom.newTimer')}
        </button>
      </div>
    </section>
  )
}
