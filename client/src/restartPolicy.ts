/**
 * When the language server dies, restart it — unless it keeps dying, in which case restarting
 * only hides the problem and burns CPU. Pure (the clock is passed in) so it is unit-tested.
 */

/** What to do about one crash, and what to tell the user. */
export interface CrashVerdict {
  restart: boolean;
  /** Crashes inside the window, this one included. */
  crashes: number;
  message: string;
  /**
   * Whether to show a notification, not just log: for the first crash of a burst and when
   * giving up, so a server that crashes on every restart does not stack up toasts.
   */
  notify: boolean;
}

export interface RestartPolicyOptions {
  /** Restarts allowed inside the window; the next crash stops the server. */
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { maxRestarts: 4, windowMs: 3 * 60_000 };

export class RestartPolicy {
  private crashTimes: number[] = [];

  constructor(private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  /** Records a crash at `now` (ms) and says whether to restart. */
  onCrash(now: number): CrashVerdict {
    this.crashTimes = this.crashTimes.filter((t) => now - t < this.options.windowMs);
    this.crashTimes.push(now);
    const crashes = this.crashTimes.length;
    const minutes = Math.round(this.options.windowMs / 60_000);
    if (crashes <= this.options.maxRestarts) {
      return {
        restart: true,
        crashes,
        notify: crashes === 1,
        message: `The NetSuite TBA language server stopped unexpectedly and was restarted (${crashes} of ${this.options.maxRestarts} restarts allowed in ${minutes} minutes).`,
      };
    }
    return {
      restart: false,
      crashes,
      notify: true,
      message: `The NetSuite TBA language server stopped ${crashes} times in ${minutes} minutes and will not be restarted. See the output, then run "NetSuite TBA: Restart Language Server".`,
    };
  }

  /** Forgets past crashes: a restart the user asked for starts afresh. */
  reset(): void {
    this.crashTimes = [];
  }
}

/** Whether a connection error is worth riding out: the first few in a row usually are. */
export function continueAfterError(count: number | undefined): boolean {
  return count !== undefined && count <= 3;
}
