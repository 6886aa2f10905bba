import type { TimedStep } from '../../../electron/shared/practice/timeline'
import { PoseArt } from './poses/PoseArt'
import styles from './practice.module.css'

const POSE_LABELS: Record<NonNullable<TimedStep['pose']>, string> = {
  'stand-walk': 'A figure walking',
  'kneeling-lunge': 'A figure in a low kneeling lunge',
  'seated-figure-four': 'A figure on a chair with one ankle crossed over the other knee',
  pigeon: 'A figure on the floor in pigeon pose',
  'shake-out': 'A figure standing and shaking out the legs',
}

function Pose({ pose, side }: { pose: NonNullable<TimedStep['pose']>; side: TimedStep['side'] }) {
  const sideWords = side ? `, ${side} side` : ''
  return (
    <PoseArt pose={pose} label={`${POSE_LABELS[pose]}${sideWords}`} mirrored={side === 'right'} />
  )
}

/** The pictures and the safety line a movement step shows. */
export function StepMedia({ step }: { step: TimedStep }) {
  return (
    <>
      {step.pose ? (
        <figure className={styles['pose-pictures']}>
          <Pose pose={step.pose} side={step.side} />
          {step.altPose ? (
            <>
              <figcaption>or on the floor</figcaption>
              <Pose pose={step.altPose} side={step.side} />
            </>
          ) : null}
        </figure>
      ) : null}
      {step.caution ? (
        <p className={styles['practice-caution']}>Stop if you feel sharp pain.</p>
      ) : null}
    </>
  )
}
