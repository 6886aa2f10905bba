import { useEffect, useRef, useState } from 'react'
import type { CustomPractice } from '../../../electron/shared/contract/practice'
import { describePattern } from '../../../electron/shared/practice/custom-scripts'
import { api } from '../api'
import { CustomEditor, type EditorTarget } from './CustomEditor'
import { formatLength } from './format'
import styles from './practice.module.css'

function describe(practice: CustomPractice): string {
  if (practice.kind === 'breathing') {
    return `${describePattern(practice.body)} · ${formatLength(practice.body.lengthMin)}`
  }
  const body = practice.body
  const length = body.lengthMin === null ? 'open-ended' : formatLength(body.lengthMin)
  const interval =
    body.intervalMin === null ? 'no interval bell' : `bell every ${body.intervalMin} min`
  return `Timer · ${length} · ${interval}`
}

interface CustomPracticesProps {
  items: CustomPractice[]
  onOpen: (id: string) => void
}

/** The user's own breathing patterns and timer presets: start, edit, duplicate, delete. */
export function CustomPractices({ items, onOpen }: CustomPracticesProps) {
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
      setMessage(`Saved “${saved.name}”.`)
    }
    if (trigger.current?.isConnected) trigger.current.focus()
  }

  /** Saves a new practice with the same content (a copy, or a deleted one brought back). */
  const saveCopy = (practice: CustomPractice, name: string) =>
    practice.kind === 'breathing'
      ? api().practice.saveCustom({ kind: 'breathing', name, body: practice.body })
      : api().practice.saveCustom({ kind: 'timer', name, body: practice.body })

  const duplicate = async (practice: CustomPractice) => {
    const result = await saveCopy(practice, `${practice.name} (copy)`.slice(0, 60))
    setDeleted(null)
    setMessage(result.ok ? `Made a copy: “${result.value.name}”.` : result.error.message)
  }

  const remove = async (practice: CustomPractice) => {
    const result = await api().practice.deleteCustom({ id: practice.id })
    setDeleted(result.ok ? practice : null)
    setMessage(result.ok ? `Deleted “${practice.name}”.` : result.error.message)
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
    setMessage(result.ok ? `Brought back “${practice.name}”.` : result.error.message)
  }

  return (
    <section className={styles['custom-practices']} aria-labelledby="custom-title">
      <h2 id="custom-title">Your patterns and presets</h2>
      {items.length === 0 ? (
        <p className={styles['hint']}>
          Make your own breathing pattern or timer preset; you can keep several of each.
        </p>
      ) : (
        <ul>
          {items.map((practice) => (
            <li key={practice.id} className={styles['custom-row']}>
              <span>
                <strong>{practice.name}</strong>{' '}
                <span className={styles['hint']}>{describe(practice)}</span>
              </span>
              <span className={styles['row-actions']}>
                <button
                  type="button"
                  className="primary"
                  onClick={() => onOpen(practice.id)}
                  aria-label={`Start ${practice.name}`}
                  data-practice-id={practice.id}
                >
                  Start
                </button>
                <button
                  type="button"
                  onClick={() => openEditor({ mode: 'edit', practice })}
                  aria-label={`Edit ${practice.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  onClick={() => void duplicate(practice)}
                  aria-label={`Duplicate ${practice.name}`}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => void remove(practice)}
                  aria-label={`Delete ${practice.name}`}
                >
                  Delete
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
            Undo
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
          New breathing pattern
        </button>
        <button type="button" onClick={() => openEditor({ mode: 'new', kind: 'timer' })}>
          New timer preset
        </button>
      </div>
    </section>
  )
}
