/** A user error: printed as one line on stderr, exit code 2, never a stack trace. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, findings: 1, usage: 2, deny: 3 } as const;
