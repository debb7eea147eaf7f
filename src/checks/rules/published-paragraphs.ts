import type { OutlineParagraph } from '../../lib/outline.ts';
import { comparableText } from '../../lib/quote-match.ts';
import { readWithdrawals } from '../../lib/url-registry.ts';
import { isDraft, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { error, FILE_START, warning, type Finding, type Place } from '../finding.ts';
import type { SpeechAnchors } from '../speech-outlines.ts';
import type { PublishedContent } from '../unchanged-files.ts';

/** A paragraph's text as compared, the way quotations are: width and spacing do not count. */
const plain = comparableText;

/** A source line as compared with a paragraph's text: its emphasis marks left out too. */
const plainLine = (line: string) => comparableText(line.replace(/[*_]/g, ''));

/** A short piece of text around `at`, for messages. */
const around = (text: string, at = 0) =>
  `${at > 6 ? '…' : ''}${text.slice(Math.max(0, at - 6), at + 10)}${at + 10 < text.length ? '…' : ''}`;

/**
 * A trainer's link to `/speeches/x/#p-12` must keep opening the paragraph it
 * opened when it was written. Compared with what the target branch publishes: a
 * change that makes a published paragraph anchor show another paragraph (one
 * added, removed or split before it) fails on the speech, at the first paragraph
 * that moved; a change of a published paragraph's words is named on the speech as
 * a 提醒, so reviewers see the correction. Anchors withdrawn with a reason are
 * the reviewers' decision and pass.
 */
export function checkPublishedParagraphs(
  { root, entries }: CheckContext,
  anchors: Map<string, SpeechAnchors>,
  published?: PublishedContent,
): Finding[] {
  if (!published) return [];
  // A speech that was a draft there had no published paragraphs.
  const drafts = new Set(published.entries.filter(isDraft).map((entry) => entry.file));
  const withdrawn = readWithdrawals(root);
  return entries.flatMap((entry) => {
    const old = drafts.has(entry.file) ? undefined : published.anchors.get(entry.id);
    const now = anchors.get(entry.id);
    if (entry.collection !== 'speeches' || isDraft(entry) || !old || !now) return [];
    const page = `/speeches/${entry.id}/`;
    const kept = [...old.paragraphs.values()].filter(({ id }) => !withdrawn.has(`${page}#${id}`));
    return compare(entry, kept, now.paragraphs);
  });
}

/**
 * The findings for one speech. When any published paragraph's text now stands
 * under another anchor, the numbers moved: one error, at the first paragraph that
 * differs (where they start to move). Otherwise each changed paragraph is a 提醒.
 */
function compare(
  entry: EntryFile,
  old: OutlineParagraph[],
  now: ReadonlyMap<string, OutlineParagraph>,
): Finding[] {
  const nowAt = new Map([...now.values()].map((paragraph) => [plain(paragraph.text), paragraph]));
  const oldTexts = new Set(old.map((paragraph) => plain(paragraph.text)));
  // A paragraph gone from the end is a lost URL, the published-URL rule's.
  const changed = old.flatMap((paragraph) => {
    const current = now.get(paragraph.id);
    return current && plain(current.text) !== plain(paragraph.text) ? [{ paragraph, current }] : [];
  });
  const moved = changed.find(
    ({ paragraph, current }) =>
      nowAt.has(plain(paragraph.text)) || oldTexts.has(plain(current.text)),
  );
  if (moved) {
    const { paragraph, current } = changed[0]!;
    const to = nowAt.get(plain(moved.paragraph.text));
    return [
      error(
        entry.file,
        lineOf(entry, current.text),
        'published-url',
        `已发布的段落编号会移位：从 ${paragraph.id}（第 ${paragraph.n} 段）起，原来是“${around(paragraph.text)}”，改动后成了“${around(current.text)}”${to ? `；原来 ${moved.paragraph.id} 的文字移到了 ${to.id}` : ''}。共有 ${changed.length} 个已发布的段落链接会打开别的段落。`,
        '讲话发布后不要在中间加段、删段或把一段拆成两段，恢复原来的分段。确需更正分段的，在合并请求里说明依据，并在 content/_withdrawn-urls.txt 里逐行登记受影响的段落网址和原因，由审核人确认。',
      ),
    ];
  }
  // Paragraphs merged away are lost URLs, which the published-URL rule names; the text they joined is not news.
  if (old.some(({ id }) => !now.has(id))) return [];
  return changed.map(({ paragraph, current }) => {
    const was = plain(paragraph.text);
    const is = plain(current.text);
    let at = 0;
    while (at < was.length && was[at] === is[at]) at += 1;
    return warning(
      entry.file,
      lineOf(entry, current.text),
      'published-url',
      `已发布的 ${paragraph.id}（第 ${paragraph.n} 段）改了文字：“${around(was, at)}”改成了“${around(is, at)}”。`,
      '讲话要逐字照录原文：若是更正录入错误，在合并请求里写明依据；引用这一段的案例也要照改。',
    );
  });
}

/** The line of the source where a paragraph's text begins, found by its first characters. */
function lineOf(entry: EntryFile, text: string): Place {
  const whole = plain(text);
  const probe = whole.slice(0, 12);
  const lines = entry.source.split('\n').map(plainLine);
  let index = lines.indexOf(whole);
  if (index < 0) index = lines.findIndex((line) => probe !== '' && line.includes(probe));
  return index >= 0 ? { line: index + 1, column: 1 } : FILE_START;
}
