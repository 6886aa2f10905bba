import type * as Electron from 'electron'
import type { MenuItemState } from '../messages'
import { assertReady } from './runtime'

// Menu and MenuItem as far as Loosen uses them: templates, roles, clicks, submenus.

export class StandInMenuItem {
  readonly label: string
  readonly role: string | null
  readonly type: string
  enabled: boolean
  readonly submenu: StandInMenu | null
  private readonly onClick: Electron.MenuItemConstructorOptions['click'] | undefined

  constructor(options: Electron.MenuItemConstructorOptions) {
    this.label = options.label ?? ''
    this.role = options.role ?? null
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal')
    this.enabled = options.enabled ?? true
    const sub = options.submenu
    this.submenu =
      sub === undefined
        ? null
        : sub instanceof StandInMenu
          ? sub
          : StandInMenu.buildFromTemplate(sub as Electron.MenuItemConstructorOptions[])
    this.onClick = options.click
  }

  click(): void {
    if (!this.enabled) throw new Error(`The menu item "${this.label}" is disabled`)
    // Electron passes (menuItem, window, event); Loosen's handlers ignore them.
    ;(this.onClick as ((...args: unknown[]) => void) | undefined)?.(this, undefined, {})
  }

  snapshot(): MenuItemState {
    return {
      label: this.label,
      role: this.role,
      type: this.type,
      enabled: this.enabled,
      submenu: this.submenu ? this.submenu.snapshot() : null,
    }
  }
}

export class StandInMenu {
  readonly items: StandInMenuItem[] = []

  static buildFromTemplate(
    template: (Electron.MenuItemConstructorOptions | StandInMenuItem)[],
  ): StandInMenu {
    const menu = new StandInMenu()
    for (const entry of template) {
      menu.items.push(entry instanceof StandInMenuItem ? entry : new StandInMenuItem(entry))
    }
    return menu
  }

  static applicationMenu: StandInMenu | null = null

  static setApplicationMenu(menu: StandInMenu | null): void {
    StandInMenu.applicationMenu = menu
  }

  static getApplicationMenu(): StandInMenu | null {
    return StandInMenu.applicationMenu
  }

  append(item: StandInMenuItem): void {
    this.items.push(item)
  }

  popup(): void {
    assertReady('Menu.popup')
  }

  snapshot(): MenuItemState[] {
    return this.items.map((item) => item.snapshot())
  }

  /** Finds an item by its labels from the top, as a person reads down a menu. */
  find(path: string[]): StandInMenuItem {
    let items = this.items
    let found: StandInMenuItem | undefined
    for (const label of path) {
      found = items.find((item) => item.label === label)
      if (!found) {
        throw new Error(`No menu item "${label}" among: ${items.map((i) => i.label).join(', ')}`)
      }
      items = found.submenu?.items ?? []
    }
    if (!found) throw new Error('An empty menu path')
    return found
  }
}
