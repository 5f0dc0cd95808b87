/** The documents the language server serves. */
export const NSROLES_LANGUAGE = 'nsroles';

/**
 * Any scheme (file, untitled, virtual), so new and remote files are linted too. SuiteCloud
 * role objects (SDF XML) will join as another entry once the server reads them.
 */
export const DOCUMENT_SELECTOR: { language: string; scheme?: string; pattern?: string }[] = [{ language: NSROLES_LANGUAGE }];

/** Files whose changes on disk the server hears about, so includes are re-read. */
export const WATCHED_FILES = '**/*.nsroles';
