import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'

// nativeImage, nativeTheme and the small modules that only report what the app asked for.

export class StandInNativeImage {
  private template = false
  constructor(readonly path: string) {}
  setTemplateImage(on: boolean): void {
    this.template = on
  }
  isTemplateImage(): boolean {
    return this.template
  }
  isEmpty(): boolean {
    return !existsSync(this.path)
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new StandInNativeImage(path),
  createEmpty: () => new StandInNativeImage(''),
}

class StandInNativeTheme extends EventEmitter {
  themeSource: 'system' | 'light' | 'dark' = 'system'
  get shouldUseDarkColors(): boolean {
    return this.themeSource === 'dark'
  }
}

export const nativeTheme = new StandInNativeTheme()

export const shell = {
  /** Loosen opens nothing outside itself; a call is recorded as a network-bound action. */
  openExternal: (url: string): Promise<void> =>
    Promise.reject(new Error(`shell.openExternal(${url}) is not allowed in the stand-in`)),
  showItemInFolder: (_path: string): void => {},
  openPath: (_path: string): Promise<string> => Promise.resolve(''),
}
