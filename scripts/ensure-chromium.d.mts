// Types for ensure-chromium.mjs, which the TypeScript test helpers import.
export declare const CHROMIUM_ENV: string;
export declare const DEFAULT_CHROMIUM: string;
export declare const CHROMIUM_NAMES: string[];
export declare function findChromium(o?: {
  env?: NodeJS.ProcessEnv;
  defaultPath?: string;
}): { path: string; problem?: undefined } | { path?: undefined; problem: string };
export declare function canAptInstall(o?: { env?: NodeJS.ProcessEnv; uid?: number }): boolean;
export declare function howToGetChromium(problem: string): string;
export declare function ensureChromium(o?: { env?: NodeJS.ProcessEnv; defaultPath?: string; log?: (m: string) => void }): string;
