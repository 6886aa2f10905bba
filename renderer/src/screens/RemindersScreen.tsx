import type { ScreenProps } from '../app/screens'
import { api } from '../api'
import { CuesEditor } from '../reminders/CuesEditor'
import { DailyRemindersEditor } from '../reminders/DailyRemindersEditor'
import { NotificationPreview } from '../reminders/NotificationPreview'
import { PostureNote } from '../reminders/PostureNote'
import { ReminderSettingsForm } from '../reminders/ReminderSettingsForm'
import { StatusPanel } from '../reminders/StatusPanel'
import { TodayPanel, WeekSummary } from '../reminders/TodayPanel'
import { useReminders } from '../reminders/use-reminders'
import { WorkingHoursEditor } from '../reminders/WorkingHoursEditor'
import { useSettings } from '../settings/settings-context'
import styles from '../reminders/reminders.module.css'

export function RemindersScreen({ navigate }: ScreenProps) {
  const { status, today, week, error, act } = useReminders()
  const { settings, update } = useSettings()

  function startBreak() {
    void act(() => api().reminders.takeBreak()).then(() => navigate('practice', 'movement-break'))
  }

  return (
    <div className={styles['reminders']}>
      <p className={styles['reminders-intro']}>
        Loosen counts the time you sit at the computer and nudges you to stand and move. Time away
        from the keyboard counts as a break by itself, so you are not reminded right after coming
        back. Gentle movement only — stop if you feel sharp pain.
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
      {status ? (
        <>
          <StatusPanel status={status} act={act} onStartBreak={startBreak} />
          <PostureNote status={status} />
        </>
      ) : (
        <p>Loading the reminder state…</p>
      )}
      {today ? <TodayPanel today={today} /> : null}
      {week ? <WeekSummary week={week} /> : null}
      {settings ? (
        <>
          <ReminderSettingsForm settings={settings} save={update} />
          <NotificationPreview settings={settings} actions={status?.notificationActions ?? false} />
          <WorkingHoursEditor settings={settings} save={update} />
          <DailyRemindersEditor settings={settings} save={update} />
          <CuesEditor settings={settings} save={update} />
        </>
      ) : null}
    </div>
  )
}
