import type { MessageKey } from '../../../electron/shared/i18n/message-key'
import type { TimedStep } from '../../../electron/shared/practice/timeline'
import { useT } from '../i18n/i18n-context'
import { PoseArt } from './poses/PoseArt'
import poseStyles from './poses/pose.module.css'
import styles from './practice.module.css'

const POSE_LABELS: Record<NonNullable<TimedStep['pose']>, MessageKey> = {
  'stand-walk': 'practice.pose.standWalk',
  'kneeling-lunge': 'practice.pose.kneelingLunge',
  'seated-figure-four': 'practice.pose.seatedFigureFour',
  pigeon: 'practice.pose.pigeon',
  'shake-out': 'practice.pose.shakeOut',
}

function Pose({ pose, side }: { pose: NonNullable<TimedStep['pose']>; side: TimedStep['side'] }) {
  const { t } = useT()
  const label = t('practice.pose.withSide', { pose: t(POSE_LABELS[pose]), side: side ?? 'none' })
  return <PoseArt pose={pose} label={label} mirrored={side === 'right'} />
}

/** The pictures and the safety line a movement step shows. */
export function StepMedia({ step }: { step: TimedStep }) {
  const { t } = useT()
  return (
    <>
      {step.pose ? (
        <figure className={poseStyles['pose-pictures']}>
          <Pose pose={step.pose} side={step.side} />
          {step.altPose ? (
            <>
              <figcaption>{t('practice.pose.orOnFloor')}</figcaption>
              <Pose pose={step.altPose} side={step.side} />
            </>
          ) : null}
        </figure>
      ) : null}
      {step.caution ? (
        <p className={styles['practice-caution']}>{t('practice.step.caution')}</p>
      ) : null}
    </>
  )
}
