import type { Element, ElementContent } from 'hast';
import { passageText, type OutlineParagraph } from '../../lib/outline.ts';
import { comparable } from '../../lib/text.ts';
import { urls } from '../../lib/urls.ts';
import { element, text, textContent } from '../../markdown/hast.ts';

/** What a quotation needs to know of a speech: its title and numbered text. */
export interface QuotableSpeech {
  id: string;
  title: string;
  paragraphs: Map<string, OutlineParagraph>;
  headings: Map<string, string>;
}

/**
 * `<SpeechQuote speech at>`: the author's quotation, checked word for word against
 * the speech, with a caption linking to the paragraph or section quoted. A
 * reworded quotation fails the build rather than misquote the speech.
 * @param where the file and component, for messages
 */
export function speechQuote(props: { speech?: string; at?: string }, children: ElementContent[], speeches: readonly QuotableSpeech[], where: string): Element {
  const { speech: ref = '', at = '' } = props;
  const speech = speeches.find((item) => item.id === ref || item.title === ref);
  if (!speech) throw new Error(`${where}：找不到这篇讲话。可选：${speeches.map((item) => item.id).join('、')}。`);
  const passage = passageText(speech.paragraphs, speech.headings, at);
  if (passage === undefined) throw new Error(`${where}：《${speech.title}》没有 ${at}。请用讲话页面上的段落编号 p-数字，或 part-数字-数字。`);
  const quoted = children.map(textContent).join('');
  if (!comparable(passage).includes(comparable(quoted))) {
    throw new Error(`${where}：引文与讲话原文不一致，请从讲话页面复制原文。引文：${quoted.trim().slice(0, 60)}…`);
  }
  const label = speech.headings.get(at) ?? `第 ${speech.paragraphs.get(at)!.n} 段`;
  const href = urls.anchor('speeches', speech.id, at);
  return element('figure', { className: ['speech-quote', 'my-4', 'border-l-4', 'border-brand', 'bg-tint', 'px-4', 'py-3'] }, [
    element('blockquote', { cite: href, className: ['font-serif', 'text-[1.05em]'] }, children),
    element('figcaption', { className: ['mt-2', 'text-sm', 'text-muted'] }, [text('——'), element('a', { href }, [text(`《${speech.title}》${label}`)])]),
  ]);
}
