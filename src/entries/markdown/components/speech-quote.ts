import type { Element, ElementContent, Root } from 'hast';
import {
  aliasesOf,
  headingsOf,
  openedAnchor,
  paragraphsOf,
  passageText,
  type OutlineParagraph,
} from '../../outline.ts';
import { partOfSection } from '../../../common/anchors.ts';
import { paragraphName, sectionLocator } from '../../../common/reference-text.ts';
import type { NumberingPlan } from '../../../common/numbering.ts';
import { describeMisquote, type QuotedSpeech } from '../../../common/misquote.ts';
import { createResolver } from '../../../common/refs.ts';
import { labelOf } from '../../../common/collections.ts';
import { urls } from '../../../site/urls.ts';
import { outlineOf } from '../mdx-outline.ts';
import { element, text, textContent, visit } from '../hast.ts';

/** What a quotation needs to know of a speech: its title and numbered text. */
export interface QuotableSpeech extends QuotedSpeech {
  id: string;
  title: string;
  paragraphs: Map<string, OutlineParagraph>;
  headings: Map<string, string>;
  /** Retired paragraph numbers, each with the paragraph its links now open. */
  aliases: Map<string, string>;
}

/** A speech as quotations see it: its body numbered exactly as its page is (same code, see entries/markdown/mdx-outline.ts). */
export function quotableSpeech(
  id: string,
  title: string,
  body: string,
  plan?: NumberingPlan,
): QuotableSpeech {
  const outline = outlineOf(body, plan);
  return {
    id,
    title,
    paragraphs: paragraphsOf(outline),
    headings: headingsOf(outline),
    aliases: aliasesOf(outline),
  };
}

/**
 * `<SpeechQuote speech at>`: the author's quotation, checked word for word against
 * the speech, with a caption linking to the paragraph or section quoted. A
 * reworded quotation fails the build rather than misquote the speech.
 * @param where the file and component, for messages
 */
export function speechQuote(
  props: { speech?: string; at?: string },
  children: ElementContent[],
  speeches: readonly QuotableSpeech[],
  where: string,
): Element {
  const { speech: ref = '', at: written = '' } = props;
  const resolver = createResolver(labelOf('speeches'), speeches);
  const id = resolver.resolve(ref.trim());
  const speech = speeches.find((item) => item.id === id);
  if (!speech) throw new Error(`${where}：${resolver.explain(ref.trim())}`);
  const at = openedAnchor(speech.aliases, written);
  const passage = passageText(speech.paragraphs, speech.headings, at);
  if (passage === undefined)
    throw new Error(
      `${where}：《${speech.title}》没有 ${at}。请用讲话页面上的段落编号 p-数字，或 part-数字-数字。`,
    );
  const misquote = describeMisquote(speech, at, children.map(textContent).join(''));
  if (misquote) throw new Error(`${where}：${misquote.message}请从讲话页面复制原文。`);
  // A paragraph is cited as 复制引用 cites it (第三部分第12段), a part or section by where it sits and its heading.
  const label =
    headingLocator(speech.headings, at) ?? speech.paragraphs.get(at)?.locator ?? paragraphName(at);
  const href = urls.anchor('speeches', speech.id, at);
  // data-speech and data-at say what is quoted, so the paragraph quoted lists the entry quoting it (see quotedPassages).
  return element(
    'figure',
    {
      className: ['speech-quote', 'my-4', 'border-l-4', 'border-brand', 'bg-tint', 'px-4', 'py-3'],
      dataSpeech: speech.id,
      dataAt: at,
    },
    [
      element('blockquote', { cite: href, className: ['font-serif', 'text-[1.05em]'] }, children),
      element('figcaption', { className: ['mt-2', 'text-sm', 'text-muted'] }, [
        text('——'),
        element('a', { href }, [text(`《${speech.title}》${label}`)]),
      ]),
    ],
  );
}

/** The name of the part or section at `at` (第三部分（一）“……”), from its heading and its part's; none for a paragraph. */
function headingLocator(headings: Map<string, string>, at: string): string | undefined {
  const heading = headings.get(at);
  if (heading === undefined) return undefined;
  const part = partOfSection(at);
  const partHeading = part ? headings.get(part) : undefined;
  return part
    ? partHeading
      ? sectionLocator(partHeading, heading)
      : heading
    : sectionLocator(heading);
}

/** A passage an entry quotes with <SpeechQuote>: the speech's id and the anchor quoted. */
export interface QuotedPassage {
  speech: string;
  at: string;
}

/** The passages quoted in an entry's tree after its components are expanded, in order. */
export function quotedPassages(tree: Root): QuotedPassage[] {
  const quotes: QuotedPassage[] = [];
  visit(tree, (node) => {
    if (node.type !== 'element' || node.tagName !== 'figure') return;
    const { dataSpeech, dataAt } = node.properties;
    if (typeof dataSpeech === 'string' && typeof dataAt === 'string')
      quotes.push({ speech: dataSpeech, at: dataAt });
  });
  return quotes;
}
