import type { readAloud as read } from './index.ts';

/** Reads an entry aloud (see index.ts); the reading code is loaded on the first use, apart from the other tools. */
export const readAloud = (...args: Parameters<typeof read>) =>
  import('./index.ts').then(({ readAloud }) => readAloud(...args));
