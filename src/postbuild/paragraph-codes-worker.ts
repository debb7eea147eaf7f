// Runs writeParagraphCodes on a thread of its own, so drawing the codes overlaps
// building the search index instead of following it.
import { parentPort, workerData } from 'node:worker_threads';
import type { NumberedEntry } from './build-data.ts';
import { writeParagraphCodes } from './paragraph-codes.ts';

const { site, cacheDir, entries } = workerData as {
  site: string;
  cacheDir: string;
  entries: NumberedEntry[];
};
parentPort!.postMessage(writeParagraphCodes(site, cacheDir, entries));
