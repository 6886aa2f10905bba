/**
 * What the breathing and break advice rests on, in Loosen's own words, with the sources, so a
 * reader (or their physio) can look them up.
 */
export function BreathingResearch() {
  return (
    <>
      <p>
        The idea behind Loosen, that stress and long sitting keep the deep hip muscles braced and
        that gentle movement, slow breathing and body awareness help them let go, is a wellness
        idea, not an established clinical finding. The breathing and break advice leans on these
        studies:
      </p>
      <ul className="sources">
        <li>
          Breathing counts as slow below about ten breaths a minute; the relaxing effects studied
          are seen in that range. <cite>Zaccaro et al. 2018, Front. Hum. Neurosci. 12:353</cite>
        </li>
        <li>
          Most adults have a resonance pace of roughly 4.5 to 6.5 breaths a minute, and it differs
          from person to person, which is why the pace of Resonance Breathing can be adjusted.{' '}
          <cite>
            Lehrer &amp; Gevirtz 2014, Front. Psychol. 5:756; Shaffer &amp; Meehan 2020, Front.
            Neurosci.
          </cite>
        </li>
        <li>
          At six breaths a minute, people found an out-breath longer than the in-breath more
          relaxing than the other way round, so most of Loosen&apos;s paced patterns breathe out
          longer than in.{' '}
          <cite>Van Diest et al. 2014, Appl. Psychophysiol. Biofeedback 39:171</cite>
        </li>
        <li>
          In a 28-day study, five minutes a day of cyclic sighing lifted mood more than the same
          time spent in mindfulness meditation.{' '}
          <cite>Balban et al. 2023, Cell Rep. Med. 4:100895</cite>
        </li>
        <li>
          Interrupting sitting every 20 to 30 minutes with a couple of minutes of light walking
          measurably changed how the body handled a meal, so short reminder intervals are offered.{' '}
          <cite>Dunstan et al. 2012, Diabetes Care 35:976</cite>
        </li>
      </ul>
    </>
  )
}
