import { EventEmitter } from 'node:events'
import type { StandInState } from '../messages'
import type { StandInMenu } from './menu'
import type { StandInNativeImage } from './native'
import { assertReady, electronEvent, isPlatform } from './runtime'

// The tray icon. A left click reaches the app as `click` (Windows, and Linux where the
// StatusNotifier host forwards it); the context menu opens on a right click.

export const trays: StandInTray[] = []

export class StandInTray extends EventEmitter {
  private menu: StandInMenu | null = null
  private tooltip = ''
  private title = ''
  private destroyed = false

  constructor(_image: StandInNativeImage | string) {
    super()
    assertReady('new Tray')
    trays.push(this)
  }

  setContextMenu(menu: StandInMenu | null): void {
    this.menu = menu
  }
  setToolTip(text: string): void {
    this.tooltip = text
  }
  setTitle(title: string): void {
    // Only macOS draws a title beside the icon; elsewhere it is ignored.
    if (isPlatform('darwin')) this.title = title
  }
  getTitle(): string {
    return this.title
  }
  setImage(_image: StandInNativeImage | string): void {}
  destroy(): void {
    this.destroyed = true
    const index = trays.indexOf(this)
    if (index >= 0) trays.splice(index, 1)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }

  contextMenu(): StandInMenu {
    if (!this.menu) throw new Error('The tray icon has no menu')
    return this.menu
  }

  /** A person clicks the icon. */
  click(button: 'left' | 'right'): void {
    this.emit(button === 'left' ? 'click' : 'right-click', electronEvent(), {})
  }

  snapshot(): NonNullable<StandInState['tray']> {
    return {
      tooltip: this.tooltip,
      title: this.title,
      menu: this.menu?.snapshot() ?? [],
      hasClickHandler: this.listenerCount('click') > 0,
    }
  }
}
