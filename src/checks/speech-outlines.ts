import { outlineOf } from '../markdown/anchors.ts';
import { headingsOf, paragraphsOf } from '../lib/outline.ts';
import type { EntryFile } from './entry-files.ts';

/** The anchors a speech page will have, by the same code that numbers the page. */
export interface SpeechAnchors {
  paragraphs: Set<string>;
  headings: Set<string>;
}

/** Numbers each speech exactly as the build will (markdown/anchors.ts over Sätteri's MDX tree). */
export async function speechAnchors(_root: string, speeches: EntryFile[]): Promise<Map<string, SpeechAnchors>> {
  const result = new Map<string, SpeechAnchors>();
  for (const speech of speeches) {
    if (!speech.tree) continue;
    let outline;
    try {
      outline = outlineOf(speech.source);
    } catch {
      continue;
    }
    result.set(speech.id, { paragraphs: new Set(paragraphsOf(outline).keys()), headings: new Set(headingsOf(outline).keys()) });
  }
  return result;
}
