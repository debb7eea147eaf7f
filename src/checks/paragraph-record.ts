import { fingerprintOf } from './paragraph-fingerprints.ts';
import { isDraft } from './context.ts';
import type { EntryFile } from './entry-files.ts';
import type { SpeechAnchors } from './speech-outlines.ts';

/**
 * The record of published paragraphs after `npm run urls:accept`: every paragraph
 * of a published speech with the fingerprint of its words now; a retired number
 * keeps what it recorded, since that is what its links were written for.
 */
export function recordedFingerprints(
  entries: readonly EntryFile[],
  anchors: ReadonlyMap<string, SpeechAnchors>,
  before: ReadonlyMap<string, string>,
): Map<string, string> {
  const record = new Map(before);
  for (const entry of entries) {
    const speech = anchors.get(entry.id);
    if (entry.collection !== 'speeches' || isDraft(entry) || !speech) continue;
    for (const paragraph of speech.paragraphs.values())
      record.set(paragraphUrl(entry.id, paragraph.id), fingerprintOf(paragraph.text));
  }
  return record;
}

/** A speech paragraph's URL as the registries write it, without the base path. */
export const paragraphUrl = (speech: string, anchor: string) => `/speeches/${speech}/#${anchor}`;
