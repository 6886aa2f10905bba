import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../electron/shared/contract/app'
import { api } from '../api'
import { SafetyNoteText } from '../components/SafetyNoteText'

export function AboutScreen() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    void api()
      .app.info()
      .then((result) => {
        if (result.ok) setInfo(result.value)
      })
  }, [])

  return (
    <article className="about">
      <section aria-labelledby="about-safety">
        <h2 id="about-safety">Self-care, not medical advice</h2>
        <SafetyNoteText />
      </section>
      <section aria-labelledby="about-data">
        <h2 id="about-data">Your data</h2>
        <p>
          Everything you log stays on this computer, in one file that Loosen never sends anywhere.
        </p>
        {info ? (
          <dl className="facts">
            <dt>Data file</dt>
            <dd>
              <code>{info.databaseFile}</code>
            </dd>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </dl>
        ) : null}
      </section>
      <section aria-labelledby="about-keys">
        <h2 id="about-keys">Keyboard</h2>
        <ul>
          <li>
            <kbd>Alt</kbd> + <kbd>1</kbd>…<kbd>6</kbd> moves between screens.
          </li>
          <li>
            <kbd>Tab</kbd> and <kbd>Shift</kbd> + <kbd>Tab</kbd> move between controls.
          </li>
        </ul>
      </section>
    </article>
  )
}
