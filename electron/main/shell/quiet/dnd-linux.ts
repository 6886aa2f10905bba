import type { RunCommand } from '../tray-host'

/**
 * The desktop's Do Not Disturb on Linux, without native modules. GNOME keeps it as
 * `org.gnome.desktop.notifications show-banners` (false = DND on); KDE Plasma and other
 * freedesktop notification servers expose `Inhibited` on org.freedesktop.Notifications.
 * A missing tool or bus answers false: no signal is no quiet time.
 */
export async function linuxDoNotDisturb(run: RunCommand): Promise<boolean> {
  const gnome = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'])
  if (gnome.ok && gnome.stdout.trim() === 'false') return true
  const inhibited = await run('gdbus', [
    'call',
    '--session',
    '--dest',
    'org.freedesktop.Notifications',
    '--object-path',
    '/org/freedesktop/Notifications',
    '--method',
    'org.freedesktop.DBus.Properties.Get',
    'org.freedesktop.Notifications',
    'Inhibited',
  ])
  return inhibited.ok && /\(<true>,?\)/.test(inhibited.stdout)
}
