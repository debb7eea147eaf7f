import { paragraphLabel, parseParagraphAnchor } from '../../common/anchors.ts';
import { fingerprintOf, readFingerprints } from '../paragraph-fingerprints.ts';
import type { NumberingPlan } from '../../common/numbering.ts';
import type { OutlineParagraph } from '../../entries/outline.ts';
import { comparableText } from '../../common/quote-match.ts';
import { readWithdrawals } from '../url-registry.ts';
import { isDraft, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { error, FILE_START, warning, type Finding, type Place } from '../finding.ts';
import { entryKey, type SpeechAnchors } from '../speech-outlines.ts';
import { authorFieldOf, labelOf } from '../../common/collections.ts';
import type { PublishedContent } from '../unchanged-files.ts';
import { numberingLine, proposeNumbering } from '../numbering-proposal.ts';
import { paragraphUrl } from '../paragraph-record.ts';

/** A paragraph's text as compared, the way quotations are: width and spacing do not count. */
const plain = comparableText;

/** A source line as compared with a paragraph's text: its emphasis marks left out too. */
const plainLine = (line: string) => comparableText(line.replace(/[*_]/g, ''));

/** Stands for a recorded paragraph whose words are not in the text any more: the record keeps no words. */
const UNKNOWN = '\u0000';

/** A short piece of text around `at`, for messages. */
const around = (text: string, at = 0) =>
  text.startsWith(UNKNOWN)
    ? '（登记时的文字，现在正文里已经没有）'
    : `${at > 6 ? '…' : ''}${text.slice(Math.max(0, at - 6), at + 10)}${at + 10 < text.length ? '…' : ''}`;

/**
 * A trainer's link to `/speeches/x/#p-12` (or to a paragraph of any collection the
 * table numbers: `/cases/y/#p-3`) must keep opening the paragraph it opened when it
 * was written. Compared with what the target branch publishes: a change that makes
 * a published paragraph anchor show another paragraph (one added, removed or split
 * before it) fails on the entry, at the first paragraph that moved; a change of a
 * published paragraph's words is named on the entry as
 * a 提醒, so reviewers see the correction. Anchors withdrawn with a reason are
 * the reviewers' decision and pass.
 */
export function checkPublishedParagraphs(
  { root, entries }: CheckContext,
  anchors: ReadonlyMap<string, SpeechAnchors>,
  published?: PublishedContent,
): Finding[] {
  if (!published) return fromRecord(root, entries, anchors);
  // A speech that was a draft there had no published paragraphs.
  const drafts = new Set(published.entries.filter(isDraft).map((entry) => entry.file));
  const withdrawn = readWithdrawals(root);
  return entries.flatMap((entry) => {
    const key = entryKey(entry.collection, entry.id);
    const old = drafts.has(entry.file) ? undefined : published.anchors.get(key);
    const now = anchors.get(key);
    if (isDraft(entry) || !old || !now) return [];
    const page = `/${entry.collection}/${entry.id}/`;
    const kept = [...old.paragraphs.values()].filter(({ id }) => !withdrawn.has(`${page}#${id}`));
    return compare(entry, kept, now, old.aliases);
  });
}

/**
 * Where the target branch cannot be read (a clone without it, a forge that does
 * not say), the record of published paragraphs stands in: each recorded anchor's
 * words are known by their fingerprint only, which is enough to see a published
 * anchor now opening another paragraph's words. Only that, a moved number, is
 * reported: a recorded paragraph reworded is the target branch comparison's to name.
 */
function fromRecord(
  root: string,
  entries: readonly EntryFile[],
  anchors: ReadonlyMap<string, SpeechAnchors>,
): Finding[] {
  const record = readFingerprints(root);
  if (record.size === 0) return [];
  const withdrawn = readWithdrawals(root);
  return entries.flatMap((entry) => {
    const now = anchors.get(entryKey(entry.collection, entry.id));
    if (isDraft(entry) || !now) return [];
    const byFingerprint = new Map(
      [...now.paragraphs.values()].map((paragraph) => [fingerprintOf(paragraph.text), paragraph]),
    );
    const old = [...record]
      .flatMap(([url, fingerprint]) => {
        const prefix = paragraphUrl(entry.collection, entry.id, '');
        const id = url.slice(prefix.length);
        return url.startsWith(prefix) &&
          !withdrawn.has(url) &&
          !now.aliases.has(id) &&
          parseParagraphAnchor(id)
          ? [{ id, fingerprint, ...parseParagraphAnchor(id)! }]
          : [];
      })
      .sort((a, b) => a.n - b.n || a.letter.localeCompare(b.letter))
      .map(({ id, fingerprint }, index) => ({
        id,
        n: index + 1,
        locator: '',
        text: byFingerprint.get(fingerprint)?.text ?? `${UNKNOWN}${fingerprint}`,
      }));
    return compare(entry, old, now, now.aliases).filter(({ severity }) => severity === 'error');
  });
}

/**
 * The findings for one speech. When any published paragraph's text now stands
 * under another anchor, the numbers moved: one error, at the first paragraph that
 * differs (where they start to move), with the `paragraphNumbers` line that keeps
 * them. Otherwise each changed paragraph, and each number newly retired, is a 提醒.
 */
function compare(
  entry: EntryFile,
  old: OutlineParagraph[],
  now: SpeechAnchors,
  retiredBefore: ReadonlyMap<string, string>,
): Finding[] {
  const nowAt = new Map(
    [...now.paragraphs.values()].map((paragraph) => [plain(paragraph.text), paragraph]),
  );
  const oldTexts = new Set(old.map((paragraph) => plain(paragraph.text)));
  // A paragraph gone from the end is a lost URL, the published-URL rule's.
  const changed = old.flatMap((paragraph) => {
    const current = now.paragraphs.get(paragraph.id);
    return current && plain(current.text) !== plain(paragraph.text) ? [{ paragraph, current }] : [];
  });
  const moved = changed.find(
    ({ paragraph, current }) =>
      nowAt.has(plain(paragraph.text)) || oldTexts.has(plain(current.text)),
  );
  if (moved) {
    const { paragraph, current } = changed[0]!;
    const to = nowAt.get(plain(moved.paragraph.text));
    const plan = proposeNumbering(old, [...now.paragraphs.values()], retiredBefore);
    return [
      error(
        entry.file,
        lineOf(entry, current.text),
        'published-url',
        `已发布的段落编号会移位：从 ${paragraph.id}（第 ${paragraphLabel(paragraph.id)} 段）起，原来是“${around(plain(paragraph.text), differsAt(paragraph.text, current.text))}”，改动后成了“${around(plain(current.text), differsAt(paragraph.text, current.text))}”${to ? `；原来 ${moved.paragraph.id} 的文字移到了 ${to.id}` : ''}。共有 ${changed.length} 个已发布的段落链接会打开别的段落。`,
        plan
          ? `若是按原文补录、拆分、合并或删去段落，不必移动编号：在文件开头的 --- 之间加一行 ${numberingLine(plan)}。这样，${whatItKeeps(plan)}，其余段落保持原编号；并在合并请求里写明依据。不是有意的改动，就恢复原来的分段。`
          : `${labelOf(entry.collection)}发布后不要在第一段之前加段。确需更正的，在合并请求里说明依据，并在 content/_withdrawn-urls.txt 里逐行登记受影响的段落网址和原因，由审核人确认。`,
      ),
    ];
  }
  const retired = old.flatMap((paragraph) => {
    const into = now.aliases.get(paragraph.id);
    return into && !retiredBefore.has(paragraph.id) ? [{ paragraph, into }] : [];
  });
  // Paragraphs merged away without a declaration are lost URLs, which the published-URL rule names.
  if (old.some(({ id }) => !now.paragraphs.has(id) && !now.aliases.has(id))) return [];
  return [
    ...retired.map(({ paragraph, into }) =>
      warning(
        entry.file,
        entry.positions.valueAt(['paragraphNumbers', 'retired', paragraph.id]),
        'published-url',
        `已发布的 ${paragraph.id}（“${around(plain(paragraph.text))}”）登记为撤下的编号，原来的链接改为打开 ${into}（“${around(plain(now.paragraphs.get(into)?.text ?? ''))}”）。`,
        '请审核人确认这是按原文所作的更正，合并请求里要写明依据。',
      ),
    ),
    ...changed.map(({ paragraph, current }) => {
      const was = plain(paragraph.text);
      const is = plain(current.text);
      const at = differsAt(paragraph.text, current.text);
      return warning(
        entry.file,
        lineOf(entry, current.text),
        'published-url',
        `已发布的 ${paragraph.id}（第 ${paragraphLabel(paragraph.id)} 段）改了文字：“${around(was, at)}”改成了“${around(is, at)}”。`,
        rewordingFix(entry),
      );
    }),
  ];
}

/**
 * What to do about a published paragraph reworded: a text with an author of its own (a
 * speech) is reproduced word for word; the site's own pages may change their words, but
 * a trainer's link to the paragraph then shows the new ones.
 */
const rewordingFix = (entry: EntryFile) =>
  authorFieldOf(entry.collection)
    ? `${labelOf(entry.collection)}要逐字照录原文：若是更正录入错误，在合并请求里写明依据；引用这一段的案例也要照改。`
    : '培训材料里引用这一段的链接会打开改过的文字：在合并请求里说明改了什么，由审核人确认原意没有变；原意变了的，写成新的一段。';

/** Where two paragraph texts, as compared, first differ. */
function differsAt(was: string, is: string): number {
  const [a, b] = [plain(was), plain(is)];
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return at;
}

/** What a proposed declaration does, in the words of the fix. */
function whatItKeeps(plan: NumberingPlan): string {
  const added = plan.inserted.map((id) => `新加的段落编为 ${id}`);
  const retired = Object.entries(plan.retired).map(([from, to]) => `${from} 的链接改为打开 ${to}`);
  return [...added, ...retired].join('，');
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
