import { useApiQuery } from '../data/use-api-query'
import { BreathingResearch } from '../components/BreathingResearch'
import { SafetyNoteText } from '../components/SafetyNoteText'
import { useShellActions } from '../app/shell-actions'

export function AboutScreen() {
  const query = useApiQuery('app:info', undefined, { refreshOn: [] })
  const info = query.data
  const infoError = query.error?.message ?? null
  const { showWelcome } = useShellActions()

  return (
    <article className="about">
      <section aria-labelledby="about-safety">
        <h2 id="about-safety">Self-care, not medical advice</h2>
        <SafetyNoteText />
        <div className="button-row">
          <button type="button" onClick={showWelcome}>
            Show the welcome again
          </button>
        </div>
      </section>
      <section aria-labelledby="about-stopping">
        <h2 id="about-stopping">Stopping safely</h2>
        <ul>
          <li>
            You can end any practice at any moment with <strong>Stop</strong> or the <kbd>Esc</kbd>{' '}
            key. After the first minute Loosen asks once whether to stop; the time you practised is
            saved and still counts.
          </li>
          <li>
            If slow breathing makes you light-headed, go back to breathing normally for a while.
          </li>
          <li>
            After lying down, roll to one side and sit up slowly. After a body scan or shaking,
            press your feet into the floor and look around the room before you get going again.
          </li>
        </ul>
      </section>
      <section aria-labelledby="about-research">
        <h2 id="about-research">Why slow breathing and short breaks</h2>
        <BreathingResearch />
      </section>
      <section aria-labelledby="about-data">
        <h2 id="about-data">Your data</h2>
        <p>
          Everything you log stays on this computer, in one file that Loosen never sends anywhere.
          Before each upgrade of its format, a copy is saved next to it. A file Loosen cannot read
          is moved aside, never deleted. You can export everything from the Log screen; to remove it
          all, quit Loosen and delete the data folder.
        </p>
        {info ? (
          <dl className="facts">
            <dt>Data folder</dt>
            <dd>
              <code>{info.dataFolder}</code>
            </dd>
            <dt>Data file</dt>
            <dd>
              <code>{info.databaseFile}</code>
            </dd>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </dl>
        ) : null}
        {infoError ? (
          <p role="alert" className="form-error">
            The data folder could not be looked up: {infoError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="about-keys">
        <h2 id="about-keys">Keyboard</h2>
        <ul>
          <li>
            <kbd>Alt</kbd> + <kbd>0</kbd>…<kbd>6</kbd> moves between screens (<kbd>0</kbd> is
            Today).
          </li>
          <li>
            <kbd>Alt</kbd> + <kbd>L</kbd> logs how tense your hips feel, from any screen.
          </li>
          <li>
            In a practice: <kbd>Space</kbd> pauses and resumes, <kbd>←</kbd> and <kbd>→</kbd> move
            between steps, <kbd>F</kbd> fills the window, <kbd>Esc</kbd> stops.
          </li>
          <li>
            <kbd>Tab</kbd> and <kbd>Shift</kbd> + <kbd>Tab</kbd> move between controls.
          </li>
        </ul>
      </section>
    </article>
  )
}
