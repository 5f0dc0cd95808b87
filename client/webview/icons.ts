/**
 * Every codicon the simulator draws. The build keeps only these in the .vsix's codicon font and
 * stylesheet (esbuild.mjs): the whole set is 160 KB for the two dozen shown. `icon()` takes
 * only these names, so an icon missing here is a type error, not a blank square.
 */
export const ICONS = [
  'add',
  'arrow-small-right',
  'arrow-swap',
  'chevron-down',
  'chevron-left',
  'chevron-right',
  'close',
  'debug-alt',
  'debug-console',
  'edit',
  'error',
  'export',
  'file',
  'git-compare',
  'info',
  'location',
  'markdown',
  'new-file',
  'organization',
  'pass',
  'pass-filled',
  'question',
  'remove',
  'save',
  'search',
  'table',
  'warning',
] as const;

export type IconName = (typeof ICONS)[number];
