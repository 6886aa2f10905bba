import { useId, useState } from 'react'
import { BUILT_IN_TAGS, TAG_MAX_LENGTH, tagSchema } from '../../../electron/shared/log/tags'
import { useT } from '../i18n/i18n-context'
import { useSettings } from '../settings/settings-context'
import { tagName } from './format'
import styles from './log.module.css'

interface TagPickerProps {
  selected: string[]
  onChange: (tags: string[]) => void
}

/** Built-in tags plus the user's own; a new tag is kept in settings for next time. */
export function TagPicker({ selected, onChange }: TagPickerProps) {
  const { settings, update } = useSettings()
  const [draft, setDraft] = useState('')
  const t = useT()
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const custom = settings?.logCustomTags ?? []
  // Tags already on a rating stay visible even if the user later removed them from their list.
  const all = [...new Set([...BUILT_IN_TAGS, ...custom, ...selected])]

  const toggle = (tag: string) =>
    onChange(
      selected.includes(tag) ? selected.filter((other) => other !== tag) : [...selected, tag],
    )

  async function addTag() {
    const parsed = tagSchema.safeParse(draft)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t.t('log.tags.cannotUse'))
      return
    }
    const tag = parsed.data
    if (!all.includes(tag)) {
      const failure = await update({ logCustomTags: [...custom, tag] })
      if (failure) {
        setError(failure.message)
        return
      }
    }
    if (!selected.includes(tag)) onChange([...selected, tag])
    setDraft('')
    setError(null)
  }

  return (
    <fieldset className={styles['tag-picker']}>
      <legend>{t.t('log.tags.legend')}</legend>
      <div className={styles['tag-options']}>
        {all.map((tag) => (
          <label key={tag} className="tag-option">
            <input type="checkbox" checked={selected.includes(tag)} onChange={() => toggle(tag)} />
            {tagName(t, tag)}
          </label>
        ))}
      </div>
      <div className={styles['tag-add']}>
        <label htmlFor={inputId}>{t.t('log.tags.ownLabel')}</label>
        <input
          id={inputId}
          value={draft}
          maxLength={TAG_MAX_LENGTH}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the tag here instead of saving the whole rating.
            if (event.key === 'Enter') {
              event.preventDefault()
              void addTag()
            }
          }}
        />
        <button type="button" onClick={() => void addTag()}>
          {t.t('log.tags.add')}
        </button>
      </div>
      {error ? <p className="form-error">{error}</p> : null}
    </fieldset>
  )
}
