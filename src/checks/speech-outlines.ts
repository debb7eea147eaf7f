import {
  quotableSpeech,
  type QuotableSpeech,
} from '../entries/markdown/components/speech-quote.ts';
import { isNumbered, type CollectionName } from '../common/collections.ts';
import { numberingPlanOf } from '../schemas/paragraph-numbers.ts';
import { titleOf } from './context.ts';
import type { EntryFile } from './entry-files.ts';

/** The anchors and text a numbered page will have: what citations, quotations and the URL registry are checked against. */
export type SpeechAnchors = QuotableSpeech;

/** How the anchors of one entry are found among every numbered entry's: `cases/x`. */
export const entryKey = (collection: CollectionName, id: string) => `${collection}/${id}`;

/**
 * Numbers each entry of a collection the table numbers (speeches, cases) exactly as the
 * build will (the same code numbers its page), from its body as the editor meant it
 * (paste mistakes mended), so that a mistake is reported once, at its line, not again
 * as every anchor it moves. Keyed by {@link entryKey}: their paragraph addresses are
 * permanent, whatever the collection.
 */
export function pageAnchors(entries: readonly EntryFile[]): Map<string, SpeechAnchors> {
  const result = new Map<string, SpeechAnchors>();
  for (const entry of entries) {
    if (!entry.tree || !isNumbered(entry.collection)) continue;
    try {
      const title = titleOf(entry) ?? entry.id;
      const plan = numberingPlanOf(entry.data);
      result.set(
        entryKey(entry.collection, entry.id),
        quotableSpeech(entry.id, title, entry.body, plan),
      );
    } catch {
      // The parse that gave the tree reported why; nothing is numbered from a body that does not read.
    }
  }
  return result;
}

/** The speeches among numbered pages, by id: what quotations and cites name. */
export function speechAnchors(
  pages: ReadonlyMap<string, SpeechAnchors>,
): Map<string, SpeechAnchors> {
  const prefix = entryKey('speeches', '');
  return new Map(
    [...pages].flatMap(([key, anchors]) =>
      key.startsWith(prefix) ? [[key.slice(prefix.length), anchors] as const] : [],
    ),
  );
}
