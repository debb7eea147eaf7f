import { isParagraphAnchor, paragraphRange, sectionAnchor } from '../../common/anchors.ts';
import { openedAnchor } from '../../entries/outline.ts';
import { referenceResolvers, type RefResolver } from '../../common/refs.ts';
import { error, FILE_START, type Finding, type Place } from '../finding.ts';
import { splitMessage } from './schema.ts';
import { isDraft, titleOf, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { walk, placeOf, placedText, type TreeNode } from '../mdx-tree.ts';
import { describeMisquote, misquoteFix } from '../../common/misquote.ts';
import { quoteCuts, type QuoteCut } from '../../common/quote-cuts.ts';
import type { SpeechAnchors } from '../speech-outlines.ts';
import { named } from '../unchanged-files.ts';
import { taggedWithOf } from '../../common/collections.ts';

/** Resolvers over the published entries of the collections that can be referenced. */
export function resolversFor(
  entries: EntryFile[],
): Record<'concepts' | 'sites' | 'speeches', RefResolver> {
  const targets = (collection: string) =>
    entries
      .filter((entry) => entry.collection === collection)
      .map((entry) => ({ id: entry.id, title: titleOf(entry) ?? entry.id, draft: isDraft(entry) }));
  return referenceResolvers({
    concepts: targets('concepts'),
    sites: targets('sites'),
    speeches: targets('speeches'),
  });
}

/**
 * Every reference that names nothing: concepts and sites in frontmatter, cited
 * speech paragraphs, and the speech and anchor of every <SpeechQuote>; and every
 * quotation that is not word for word what it quotes, at its first differing character.
 */
export function checkReferences(
  context: CheckContext,
  anchors: Map<string, SpeechAnchors>,
): Finding[] {
  const resolvers = resolversFor(context.entries);
  const findings: Finding[] = [];
  const report: Report = (entry, place, text, rule = 'reference', fix) => {
    const [message, hint] = fix ? [text, fix] : splitMessage(text);
    findings.push(error(entry.file, place, rule, message, hint));
  };

  const unchanged = context.unchanged ?? new Set<string>();
  const speechFiles = new Map(
    context.entries.filter((item) => item.collection === 'speeches').map((item) => [item.id, item]),
  );
  // A quotation in a file the change left alone, of a speech it edited: the speech is what changed.
  const blamed =
    (entry: EntryFile): QuoteReport =>
    (speech, place, message, fix) => {
      const speechFile = speechFiles.get(speech);
      if (!unchanged.has(entry.file) || !speechFile || unchanged.has(speechFile.file))
        return report(entry, place, message, 'quote', fix);
      report(
        speechFile,
        FILE_START,
        `改动后，${named(entry.file, unchanged)} 第 ${place.line} 行的引文和讲话对不上了：${message}`,
        'quote',
        '讲话要逐字照录原文。这是更正录入错误的话，在这个合并请求里把引用它的文件也照改；不是有意的改动，就恢复讲话原来的文字。',
      );
    };
  for (const entry of context.entries.filter((item) => item.data && !isDraft(item))) {
    for (const field of taggedWithOf(entry.collection)) {
      for (const { value, place } of entry.positions.itemsAt([field])) {
        if (!resolvers[field].resolve(value))
          report(entry, place, `字段 ${field}：${resolvers[field].explain(value)}`);
      }
    }
    if (entry.collection === 'cases') checkCites(entry, resolvers.speeches, anchors, report);
    if (entry.tree) checkQuotes(entry, resolvers.speeches, anchors, report, blamed(entry));
  }
  return findings;
}

/** Reports a misquotation of the speech `speech` (an id) found at `place` of the quoting file. */
type QuoteReport = (speech: string, place: Place, message: string, fix: string) => void;

type Report = (
  entry: EntryFile,
  place: Place,
  message: string,
  rule?: 'reference' | 'cite' | 'quote' | 'quote-cut',
  fix?: string,
) => void;

function checkCites(
  entry: EntryFile,
  speeches: RefResolver,
  anchors: Map<string, SpeechAnchors>,
  report: Report,
) {
  const cites = entry.data?.cites;
  if (!Array.isArray(cites)) return;
  cites.forEach((cite: { speech?: unknown; paragraphs?: unknown; background?: unknown }, index) => {
    if (typeof cite?.speech !== 'string') return;
    const id = speeches.resolve(cite.speech.trim());
    if (!id) {
      report(
        entry,
        entry.positions.valueAt(['cites', index, 'speech']),
        `字段 cites.speech：${speeches.explain(cite.speech.trim())}`,
      );
      return;
    }
    const speech = anchors.get(id);
    const known = speech?.paragraphs;
    // Background paragraphs must exist as much as cited ones: the case page links each.
    for (const field of ['paragraphs', 'background'] as const)
      [cite[field] ?? []].flat().forEach((anchor, position) => {
        if (
          typeof anchor !== 'string' ||
          !known ||
          known.has(openedAnchor(speech!.aliases, anchor.trim())) ||
          !isParagraphAnchor(anchor.trim())
        )
          return;
        report(
          entry,
          entry.positions.valueAt(['cites', index, field, position]),
          `字段 cites.${field}：讲话 ${id} 没有段落 ${anchor}，它的段落是 ${paragraphRange(known.size)}。请对照讲话页面上每段前的编号。`,
          'cite',
        );
      });
  });
}

function checkQuotes(
  entry: EntryFile,
  speeches: RefResolver,
  anchors: Map<string, SpeechAnchors>,
  report: Report,
  misquoted: QuoteReport,
) {
  walk(entry.tree!, (node: TreeNode) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'SpeechQuote') return;
    const attribute = (name: string) => node.attributes?.find((item) => item.name === name)?.value;
    const speech = attribute('speech');
    const written = attribute('at');
    if (typeof speech !== 'string') return;
    const id = speeches.resolve(speech.trim());
    if (!id) {
      report(
        entry,
        placeOf(node),
        `<SpeechQuote> 的 speech 属性有误：${speeches.explain(speech.trim())}`,
      );
      return;
    }
    const known = anchors.get(id);
    if (typeof written !== 'string' || !known) return;
    const at = openedAnchor(known.aliases, written);
    if (!known.paragraphs.has(at) && !known.headings.has(at)) {
      report(
        entry,
        placeOf(node),
        `<SpeechQuote> 的 at 属性“${at}”在讲话 ${id} 中不存在；段落是 ${paragraphRange(known.paragraphs.size)}，小节如 ${sectionAnchor(3, 1)}。`,
        'cite',
      );
      return;
    }
    const quoted = placedText(node);
    const misquote = describeMisquote(known, at, quoted.text);
    if (!misquote) {
      // Word for word, but a cut sentence must say it is cut.
      for (const cut of placedCuts(known, at, quoted))
        report(entry, cut.place, cut.message, 'quote-cut', cut.fix);
      return;
    }
    const fix = misquoteFix(known, at, misquote);
    misquoted(
      id,
      misquote.elsewhere || misquote.empty ? placeOf(node) : quoted.placeAt(misquote.quoteIndex),
      misquote.message,
      fix,
    );
  });
}

/** A cut end of a quotation without an ellipsis, at its character in the file, with the edit that mends it. */
export interface PlacedCut extends QuoteCut {
  place: Place;
  /** The character at `place`, and what it becomes. */
  from: string;
  to: string;
}

/** The cuts of a word-for-word quotation, each at the first or last character of the quoted text. */
function placedCuts(
  speech: SpeechAnchors,
  at: string,
  quoted: ReturnType<typeof placedText>,
): PlacedCut[] {
  return quoteCuts(speech, at, quoted.text).map((cut) => {
    const index = cut.end === 'start' ? quoted.text.search(/\S/) : quoted.text.trimEnd().length - 1;
    const from = quoted.text[index]!;
    const to = cut.end === 'start' ? `……${from}` : cut.mark ? '……' : `${from}……`;
    return { ...cut, place: quoted.placeAt(index), from, to };
  });
}

/** Every quotation of an entry that cuts a sentence without an ellipsis, as `npm run fix` mends it. */
export function quoteCutsOf(
  entry: EntryFile,
  entries: EntryFile[],
  anchors: Map<string, SpeechAnchors>,
): PlacedCut[] {
  if (!entry.tree || isDraft(entry)) return [];
  const speeches = resolversFor(entries).speeches;
  const cuts: PlacedCut[] = [];
  walk(entry.tree, (node: TreeNode) => {
    if (node.name !== 'SpeechQuote' || !node.type.startsWith('mdxJsx')) return;
    const attribute = (name: string) => node.attributes?.find((item) => item.name === name)?.value;
    const speech = attribute('speech');
    const written = attribute('at');
    const id = typeof speech === 'string' ? speeches.resolve(speech.trim()) : undefined;
    const known = id ? anchors.get(id) : undefined;
    if (!known || typeof written !== 'string') return;
    const at = openedAnchor(known.aliases, written);
    const quoted = placedText(node);
    if (!describeMisquote(known, at, quoted.text)) cuts.push(...placedCuts(known, at, quoted));
  });
  return cuts;
}
