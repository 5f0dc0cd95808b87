/**
 * Node flags the extension starts the language server with. The bench starts it with the same
 * flags, so its figures are those of the server as the extension runs it.
 *
 * `--max-semi-space-size=4`: V8's young generation grows to 16 MB per semi-space by default.
 * On the first open of a large account nearly everything the server builds survives, so a larger
 * young generation saves no collection work; it only adds fresh memory, which the process must
 * fault in page by page (about 2.8 ms per MB on the 2-core bench machine of docs/performance.md).
 * Capped at 4 MB, the first open of the 100k-line account faulted in ~20 MB less and took about
 * 40–100 ms less there (alternating fresh servers). The flag must be given at start: V8 reads it
 * once, when it sets up the heap.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
