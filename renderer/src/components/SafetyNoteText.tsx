/** The self-care note, shared by the first-run dialog and the About screen. */
export function SafetyNoteText() {
  return (
    <>
      <p>
        Loosen is a self-care aid for people whose hips and pelvis tighten with stress and long
        sitting. It is not medical advice, and it does not diagnose or treat anything.
      </p>
      <ul>
        <li>
          Move gently. If you feel sharp, shooting or worsening pain, stop and rest. Talk to a
          doctor or physiotherapist about pain that stays.
        </li>
        <li>
          Body-focused practice can sometimes stir up strong feelings. You can stop at any moment:
          open your eyes, feel your feet on the floor, and name a few things you can see. If
          feelings stay heavy, reach out to someone you trust or a professional.
        </li>
        <li>
          The tension numbers you log are your own self-ratings, meant to help you notice what helps
          you. They are not a clinical measure.
        </li>
      </ul>
    </>
  )
}
