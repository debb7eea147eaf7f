import type { QuotedParagraph } from '../common/misquote.ts';
import { paragraphName } from '../common/reference-text.ts';
/** One heading or numbered paragraph of a rendered entry, in document order. */
export type OutlineItem =
  | { kind: 'heading'; id: string; depth: number; text: string }
  | { kind: 'paragraph'; id: string; n: number; text: string; locator?: string }
  /** A thematic break (`***`) after the numbered parts: what follows is the closing (结束语), under no heading. */
  | { kind: 'closing' }
  /** A retired paragraph number (frontmatter paragraphNumbers.retired): its links open paragraph `of`. */
  | { kind: 'alias'; id: string; of: string };

/** A numbered paragraph with the headings it sits under, for quoting and citing. */
export interface OutlineParagraph extends QuotedParagraph {
  /** Anchor, `p-N`. */
  id: string;
  /** Place in the whole document, 1 for the first (the number it shows is paragraphLabel(id): 12a for p-12a). */
  n: number;
  /** Plain text of the paragraph, without its number. */
  text: string;
  /** How a citation names it, by the number it shows: 第三部分（二）第14段 for p-14. */
  locator: string;
  /** The enclosing `part-N` heading, if any; none for the closing (结束语). */
  part?: { id: string; text: string };
  /** The enclosing `part-N-M` heading, if any. */
  section?: { id: string; text: string };
}

/** What the loader keeps beside an entry's HTML (Astro's `RenderedContent.metadata`, typed `unknown` beyond its own keys). */
type StoredMetadata = Record<string, unknown> | undefined;

/** The outline the loader stored with an entry's rendered HTML (entries/markdown/mdx-outline.ts numbers it): the one typed door to it. */
export function readOutline(metadata: StoredMetadata): OutlineItem[] {
  const outline = metadata?.outline;
  return Array.isArray(outline) ? (outline as OutlineItem[]) : [];
}

/** What an entry quotes with <SpeechQuote>, as the loader stored it beside the outline. */
export function readQuotes(metadata: StoredMetadata): Array<{ speech: string; at: string }> {
  const quotes = metadata?.quotes;
  return Array.isArray(quotes) ? (quotes as Array<{ speech: string; at: string }>) : [];
}

/**
 * Pairs every numbered paragraph with the part and section headings above it.
 * @example paragraphsOf(outline).get('p-5')?.part?.id // 'part-1'
 */
export function paragraphsOf(outline: readonly OutlineItem[]): Map<string, OutlineParagraph> {
  const result = new Map<string, OutlineParagraph>();
  let part: OutlineParagraph['part'];
  let section: OutlineParagraph['section'];
  for (const item of outline) {
    if (item.kind === 'alias') continue;
    if (item.kind === 'closing') {
      part = undefined;
      section = undefined;
      continue;
    }
    if (item.kind === 'heading') {
      if (item.depth === 2) {
        part = { id: item.id, text: item.text };
        section = undefined;
      } else if (item.depth === 3) {
        section = { id: item.id, text: item.text };
      }
      continue;
    }
    result.set(item.id, {
      id: item.id,
      n: item.n,
      text: item.text,
      locator: item.locator ?? paragraphName(item.id),
      part,
      section,
    });
  }
  return result;
}

/** Retired paragraph anchors, each with the paragraph its links now open. */
export function aliasesOf(outline: readonly OutlineItem[]): Map<string, string> {
  return new Map(
    outline.flatMap((item) => (item.kind === 'alias' ? [[item.id, item.of] as const] : [])),
  );
}

/** The anchor a link to `anchor` opens: the paragraph a retired number leads to, or itself. */
export const openedAnchor = (aliases: ReadonlyMap<string, string>, anchor: string) =>
  aliases.get(anchor) ?? anchor;

/** Heading anchors with their text, in document order. */
export function headingsOf(outline: readonly OutlineItem[]): Map<string, string> {
  return new Map(
    outline.flatMap((item) => (item.kind === 'heading' ? [[item.id, item.text] as const] : [])),
  );
}

export { passageText } from '../common/misquote.ts';
