import {
  quotableSpeech,
  type QuotableSpeech,
} from '../entries/markdown/components/speech-quote.ts';
import { numberingPlanOf } from '../schemas/paragraph-numbers.ts';
import { titleOf } from './context.ts';
import type { EntryFile } from './entry-files.ts';

/** The anchors and text a speech page will have: what citations, quotations and the URL registry are checked against. */
export type SpeechAnchors = QuotableSpeech;

/**
 * Numbers each speech exactly as the build will (the same code numbers its page),
 * from its body as the editor meant it (paste mistakes mended), so that a mistake
 * in a speech is reported once, at its line, not again as every anchor it moves.
 */
export function speechAnchors(speeches: EntryFile[]): Map<string, SpeechAnchors> {
  const result = new Map<string, SpeechAnchors>();
  for (const speech of speeches) {
    if (!speech.tree) continue;
    try {
      const title = titleOf(speech) ?? speech.id;
      const plan = numberingPlanOf(speech.data);
      result.set(speech.id, quotableSpeech(speech.id, title, speech.body, plan));
    } catch {
      // The parse that gave the tree reported why; nothing is numbered from a body that does not read.
    }
  }
  return result;
}
