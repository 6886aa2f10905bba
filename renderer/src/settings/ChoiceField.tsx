import { useId } from 'react'
import type { Settings, SettingsPatch } from '../../../electron/shared/settings/schema'

/** Settings whose values are plain words or on/off, so a select can show them. */
export type ChoiceKey = {
  [K in keyof Settings]: Settings[K] extends string | boolean ? K : never
}[keyof Settings]

interface ChoiceFieldProps<K extends ChoiceKey> {
  label: string
  setting: K
  current: Settings[K]
  /** `lang` marks a label written in another language (a language's own name). */
  options: ReadonlyArray<{ value: Settings[K]; label: string; lang?: string }>
  onChange: (patch: SettingsPatch) => void
}

export function ChoiceField<K extends ChoiceKey>(props: ChoiceFieldProps<K>) {
  const { label, setting, current, options, onChange } = props
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(current)}
        onChange={(event) => {
          const option = options.find((o) => String(o.value) === event.target.value)
          if (option) onChange({ [setting]: option.value })
        }}
      >
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
