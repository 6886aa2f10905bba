/** The installer's appId (electron-builder.yml); Windows ties notifications to it. */
export const INSTALLED_APP_USER_MODEL_ID = 'app.loosen.desktop'

/**
 * The AppUserModelId for this run. A development run takes its own, so its notifications,
 * Action Center entries and login item never mix with those of an installed Loosen.
 */
export function appUserModelId(isPackaged: boolean): string {
  return isPackaged ? INSTALLED_APP_USER_MODEL_ID : `${INSTALLED_APP_USER_MODEL_ID}.dev`
}
