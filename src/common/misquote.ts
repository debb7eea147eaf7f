// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The build, the content check and the 投稿 page say a misquotation in the same words.
import { paragraphLabel } from './anchors.ts';
import { findQuoteMismatch } from './quote-match.ts';

/** A numbered paragraph as a quotation sees it: its anchor, its text and the headings above it. */
export interface QuotedParagraph {
  /** Anchor, `p-N`. */
  id: string;
  /** Plain text of the paragraph, without its number. */
  text: string;
  /** The enclosing `part-N` heading, if any. */
  part?: { id: string; text: string };
  /** The enclosing `part-N-M` heading, if any. */
  section?: { id: string; text: string };
}

/** What a quotation is checked against: a speech's title, numbered paragraphs and headings. */
export interface QuotedSpeech {
  title: string;
  paragraphs: ReadonlyMap<string, QuotedParagraph>;
  headings: ReadonlyMap<string, string>;
}

/**
 * The text under an anchor: one paragraph for `p-N`; for a heading, the heading
 * and every paragraph of its part or section.
 */
export function passageText(
  paragraphs: ReadonlyMap<string, QuotedParagraph>,
  headings: ReadonlyMap<string, string>,
  anchor: string,
): string | undefined {
  const paragraph = paragraphs.get(anchor);
  if (paragraph) return paragraph.text;
  const heading = headings.get(anchor);
  if (heading === undefined) return undefined;
  const under = [...paragraphs.values()].filter(
    (p) => p.part?.id === anchor || p.section?.id === anchor,
  );
  return [heading, ...under.map((p) => p.text)].join('\n');
}

/**
 * Where a quotation departs from the speech, in words an editor can act on: the
 * first character that differs in each text, with a little of what surrounds it;
 * or, when the quotation is word for word another paragraph, which one.
 * @returns undefined when the quotation is word for word
 */
export function describeMisquote(
  speech: QuotedSpeech,
  at: string,
  quoted: string,
): { quoteIndex: number; message: string; elsewhere?: string; empty?: boolean } | undefined {
  // An ellipsis alone quotes nothing.
  if (/^[\s…]*$/.test(quoted))
    return {
      quoteIndex: 0,
      empty: true,
      message: '<SpeechQuote> 里没有引文，页面上会是一个空的引用框。',
    };
  const passage = passageText(speech.paragraphs, speech.headings, at) ?? '';
  const mismatch = findQuoteMismatch(passage, quoted);
  if (!mismatch) return undefined;
  const found = [...speech.paragraphs.values()].find(
    (paragraph) => !findQuoteMismatch(paragraph.text, quoted),
  );
  if (found) {
    return {
      quoteIndex: 0,
      elsewhere: found.id,
      message: `引文出自《${speech.title}》第 ${paragraphLabel(found.id)} 段（${found.id}），不是 at 写的 ${at}。`,
    };
  }
  const where = speech.paragraphs.has(at)
    ? `第 ${paragraphLabel(at)} 段`
    : (speech.headings.get(at) ?? at);
  const around = (textOf: string, index: number) =>
    `“${textOf.slice(Math.max(0, index - 8), index).replace(/\s+/g, '')}【${textOf[index] ?? '（结束）'}】${textOf.slice(index + 1, index + 6).replace(/\s+/g, '')}”`;
  const quoteChar = quoted[mismatch.quoteIndex];
  const sourceChar = passage[mismatch.sourceIndex];
  const said =
    quoteChar === undefined
      ? '引文比原文多出或少了字'
      : `引文第 ${[...quoted.slice(0, mismatch.quoteIndex).replace(/\s+/g, '')].length + 1} 个字是“${quoteChar}”`;
  const original =
    sourceChar === undefined
      ? `原文（《${speech.title}》${where}）到这里已经结束`
      : `原文（《${speech.title}》${where}第 ${[...passage.slice(0, mismatch.sourceIndex).replace(/\s+/g, '')].length + 1} 个字）是“${sourceChar}”`;
  return {
    quoteIndex: mismatch.quoteIndex,
    message: `引文与讲话原文不一致：${said}，${original}。引文 ${around(quoted, mismatch.quoteIndex)}，原文 ${around(passage, mismatch.sourceIndex)}。`,
  };
}

/**
 * How to mend a misquotation that {@link describeMisquote} found, in the words the
 * content check prints after 改法.
 */
export function misquoteFix(
  speech: QuotedSpeech,
  at: string,
  misquote: { elsewhere?: string; empty?: boolean },
): string {
  if (misquote.elsewhere) return `把 at="${at}" 改成 at="${misquote.elsewhere}"。`;
  if (misquote.empty)
    return `在 <SpeechQuote …> 和 </SpeechQuote> 之间粘贴讲话${speech.paragraphs.has(at) ? `第 ${paragraphLabel(at)} 段` : `“${speech.headings.get(at)}”一节`}的原文（从讲话页面复制）。`;
  return '从讲话页面复制这一段原文，替换引文（空格多少、标点全角半角不算不一致）。';
}
