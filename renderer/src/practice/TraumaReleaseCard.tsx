import styles from './practice.module.css'
/** Information only: Loosen deliberately offers no guided trauma-release protocol. */
export function TraumaReleaseCard() {
  return (
    <section className={styles['info-card']} aria-labelledby="tre-title">
      <h2 id="tre-title">About Trauma Release Exercises</h2>
      <p>
        Trauma Release Exercises (often called TRE) are a set of simple movements that tire the legs
        and hips until they begin to shake or tremble on their own. The idea is that this natural
        shaking lets the body discharge tension left behind by stress. Research on it is still
        early.
      </p>
      <p>
        <strong>Strong feelings can come up.</strong> Shaking can stir sadness, fear, anger or old
        memories, sometimes without warning. That is why Loosen does not guide it: if you want to
        try it, learn it from a trained provider, and have support nearby, in the room or a phone
        call away.
      </p>
      <h3>How to stop and ground yourself</h3>
      <ul>
        <li>Straighten your legs or roll onto your side; the shaking settles when you stop.</li>
        <li>Open your eyes and press your feet into the floor.</li>
        <li>Name five things you can see and three you can hear.</li>
        <li>Breathe out slowly, longer than you breathe in, a few times.</li>
        <li>If you still feel shaken, reach out to someone you trust or a professional.</li>
      </ul>
    </section>
  )
}
