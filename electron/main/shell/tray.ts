import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron'
import type { ReminderStatus } from '../../shared/contract/reminders'
import type { Translator } from '../../shared/i18n/translator'
import { englishTranslator } from '../../shared/text/english-translator'
import { reminderTestHooks } from './test-hooks'
import {
  TooltipThrottle,
  trayMenuModel,
  trayTitle,
  type TrayAction,
  type TrayItem,
} from './tray-model'

export interface ReminderTray {
  update(status: ReminderStatus): void
  destroy(): void
}

function toElectron(
  items: TrayItem[],
  act: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item) => {
    if (item.separator) return { type: 'separator' }
    const { action, submenu } = item
    return {
      label: item.label,
      enabled: item.enabled ?? true,
      ...(submenu ? { submenu: toElectron(submenu, act) } : {}),
      ...(action ? { click: () => act(action) } : {}),
    }
  })
}

/** The tray icon: a menu rebuilt when the state changes, a countdown at most once a minute. */
export function createReminderTray(options: {
  iconFile: string
  platform: string
  status: ReminderStatus
  act: (action: TrayAction) => void
  /** Opens the window. */
  open: () => void
  /** Main's words now: read at every update, so a new language shows at the next one. */
  translator?: () => Translator
}): ReminderTray {
  const image = nativeImage.createFromPath(options.iconFile)
  if (options.platform === 'darwin') image.setTemplateImage(true)
  const tray = new Tray(image)
  // Windows opens the menu on a right click only; a left click is expected to open the app.
  // macOS shows the menu on any click, and Linux tray hosts do not report clicks with a menu.
  if (options.platform === 'win32') tray.on('click', () => options.open())
  const throttle = new TooltipThrottle()
  let lastMenu = ''
  const update = (status: ReminderStatus) => {
    const translator = options.translator?.() ?? englishTranslator()
    const model = trayMenuModel(status, translator)
    const key = JSON.stringify(model)
    if (key !== lastMenu) {
      lastMenu = key
      const menu = Menu.buildFromTemplate(toElectron(model, options.act))
      reminderTestHooks.menu = menu
      tray.setContextMenu(menu)
    }
    const tooltip = throttle.next(status, status.now, translator)
    if (tooltip !== null) {
      tray.setToolTip(tooltip)
      if (options.platform === 'darwin') tray.setTitle(trayTitle(status, translator))
    }
  }
  update(options.status)
  return { update, destroy: () => tray.destroy() }
}
