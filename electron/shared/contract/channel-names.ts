/**
 * Every IPC channel name, as plain strings. The preload needs only these names, and importing
 * the zod contract would bundle all of zod into it; tests/unit/security/preload-bundle.test.ts
 * keeps this list equal to the contract's keys.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'app:dismissRecoveryNotice',
  'settings:get',
  'settings:update',
  'settings:reset',
  'practice:recordSession',
  'practice:listSessions',
  'practice:listCustom',
  'practice:saveCustom',
  'practice:deleteCustom',
  'practice:streak',
  'reminders:state',
  'reminders:snooze',
  'reminders:skip',
  'reminders:takeBreak',
  'reminders:pause',
  'reminders:resume',
  'reminders:today',
  'reminders:week',
  'reminders:testNotification',
  'log:addRating',
  'log:listRatings',
  'log:updateRating',
  'log:deleteRating',
  'log:restoreRating',
  'log:insights',
  'log:export',
  'log:previewImport',
  'log:commitImport',
] as const
