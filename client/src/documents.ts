/** The documents the language server serves. */
export const NSROLES_LANGUAGE = 'nsroles';

/**
 * Role files of any scheme (file, untitled, virtual), so new and remote files are linted too;
 * and XML files, of which the server answers only SuiteCloud role objects (root `<role>`):
 * other XML gets nothing from it, and the XML extension's own features stay as they are.
 */
export const DOCUMENT_SELECTOR: { language: string; scheme?: string; pattern?: string }[] = [
  { language: NSROLES_LANGUAGE },
  { language: 'xml', pattern: '**/*.xml' },
];

/** Files whose changes on disk the server hears about, so includes are re-read. */
export const WATCHED_FILES = '**/*.nsroles';

/** Whether `uri` is a page of one of the `folders`: a .md file directly inside it (docPages.ts). */
export function isShippedPage(uri: { scheme: string; path: string }, folders: readonly { scheme: string; path: string }[]): boolean {
  return (
    /\.md$/i.test(uri.path) &&
    folders.some((f) => f.scheme === uri.scheme && uri.path.startsWith(`${f.path.replace(/\/+$/, '')}/`) && !uri.path.slice(f.path.length + 1).includes('/'))
  );
}
