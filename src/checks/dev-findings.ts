import type { Finding } from './finding.ts';

/**
 * Under `astro dev` the integration that runs the content check and the page code
 * that shows its findings are loaded as separate module instances (the config by
 * Astro's loader, the pages by Vite's module runner), so they meet on `globalThis`
 * under a registry symbol rather than through a module variable.
 */
const SLOT = Symbol.for('knowledge-base.dev-findings');

type WithSlot = typeof globalThis & { [SLOT]?: Promise<readonly Finding[]> };

/**
 * The findings of the latest content check under `astro dev`: a promise, so that a
 * page rendered while a check is still running waits for its result. None outside `astro dev`.
 */
export const devFindings = (): Promise<readonly Finding[]> =>
  (globalThis as WithSlot)[SLOT] ?? Promise.resolve([]);

/** Publishes the result of the content check that the next page render must show. */
export function setDevFindings(findings: Promise<readonly Finding[]>): void {
  (globalThis as WithSlot)[SLOT] = findings;
}
