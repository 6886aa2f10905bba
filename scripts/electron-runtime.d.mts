export function electronPackageDir(projectDir?: string): string
export function installedElectron(packageDir: string, env?: NodeJS.ProcessEnv): string | null
export function firstErrorLine(text: string | null | undefined): string | null
export function missingElectronMessage(target: string, reason: string): string
export function provision(
  mode: 'postinstall' | 'ensure',
  options?: { packageDir?: string; env?: NodeJS.ProcessEnv },
): number
