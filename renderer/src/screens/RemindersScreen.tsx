import type { ScreenProps } from '../app/screens'
import { api } from '../api'
import { useT } from '../i18n/i18n-context'
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
  const { t } = useT()
  const { status, today, week, error, act } = useReminders()
  const { settings, update } = useSettings()

  function startBreak() {
    void act(() => api().reminders.takeBreak()).then(() => navigate('practice', 'movement-break'))
  }

  return (
    <div className={styles['reminders']}>
      <p className={styles['reminders-intro']}>{t('reminders.intro')}</p>
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
        <p>{t('reminders.loading')}</p>
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
