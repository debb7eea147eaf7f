import { fingerprintOf } from './paragraph-fingerprints.ts';
import { isDraft } from './context.ts';
import type { EntryFile } from './entry-files.ts';
import { entryKey, type SpeechAnchors } from './speech-outlines.ts';
import type { CollectionName } from '../common/collections.ts';

/**
 * The record of published paragraphs after `npm run urls:accept`: every paragraph
 * of a published numbered entry (speech, case) with the fingerprint of its words now; a retired number
 * keeps what it recorded, since that is what its links were written for.
 */
export function recordedFingerprints(
  entries: readonly EntryFile[],
  anchors: ReadonlyMap<string, SpeechAnchors>,
  before: ReadonlyMap<string, string>,
): Map<string, string> {
  const record = new Map(before);
  for (const entry of entries) {
    const numbered = anchors.get(entryKey(entry.collection, entry.id));
    if (isDraft(entry) || !numbered) continue;
    for (const paragraph of numbered.paragraphs.values())
      record.set(
        paragraphUrl(entry.collection, entry.id, paragraph.id),
        fingerprintOf(paragraph.text),
      );
  }
  return record;
}

/** A numbered paragraph's URL as the registries write it, without the base path. */
export const paragraphUrl = (collection: CollectionName, id: string, anchor: string) =>
  `/${collection}/${id}/#${anchor}`;
