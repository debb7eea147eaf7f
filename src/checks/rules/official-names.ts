import { error, type Finding, type Place } from '../finding.ts';
import { isDraft, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { textOf, walk } from '../mdx-tree.ts';
import { bodyRuns, fieldRuns, type TextRun } from '../typography-runs.ts';
import { comparableText } from '../../common/quote-match.ts';
import { roleOf } from '../../common/collections.ts';
import { officialForms, variantsIn, type NameVariant } from '../../common/official-forms.ts';

/** Fields that are not the site's own words: other documents' titles, and the glossary's forms that link a term. */
const NOT_OWN_WORDS = new Set(['sources', 'synonyms', 'aliases']);

/**
 * A sentence saying that what follows is the speech's (讲话要求……, 正文说……, 原文写作……):
 * a name quoted in it may keep the speech's punctuation. The verb must follow,
 * since 讲话 is a word of names too (学系列讲话).
 */
const SPEECH_SAYS =
  /(?:讲话|正文|原文|原稿)(?:还|也|又|并|在[^，。；]{0,12}?)?(?:说|要求|提出|指出|强调|提到|写作|称)/;

/** Text as quotations are looked up in a speech: spacing, width and every quotation mark aside (nested quotes turn “” into ‘’). */
const bare = (text: string) => comparableText(text).replace(/["'「」『』]/g, '');

/**
 * A campaign's name has one official form, kept in the glossary (a term's
 * title, or its fullName): the same characters written elsewhere in the site's
 * own words with other punctuation (学党章党规、学系列讲话、做合格党员 for
 * 学党章党规、学系列讲话，做合格党员) are an error at the place, the fix giving the
 * official form. A quotation of a speech keeps the speech's punctuation: the
 * text of a <SpeechQuote>, of a speech itself, of a “…” quotation longer than the
 * name that is found word for word in a speech, or of a quoted name in the
 * speech's form in a sentence saying it is the speech's (讲话要求……“…”…).
 */
export function checkOfficialNames({ entries }: CheckContext): Finding[] {
  return officialNameVariants(entries).map(({ entry, run, variant }) =>
    finding(entry, run, variant),
  );
}

/** A name written otherwise than its official form, where {@link checkOfficialNames} reports it. */
export interface PlacedVariant {
  entry: EntryFile;
  run: TextRun;
  variant: NameVariant;
}

/** Every name in the site's own words written otherwise than its official form: what the check reports and `npm run fix` mends. */
export function officialNameVariants(entries: readonly EntryFile[]): PlacedVariant[] {
  const published = entries.filter((entry) => !isDraft(entry));
  const forms = officialForms(published.filter((entry) => roleOf(entry.collection) === 'term'));
  if (forms.length === 0) return [];
  const speeches = published
    .filter((entry) => entry.collection === 'speeches' && entry.tree)
    .map((entry) => bare(textOf(entry.tree! as never)));
  const inSpeech = (text: string) => speeches.some((speech) => speech.includes(bare(text)));
  return published.flatMap((entry) =>
    ownRuns(entry).flatMap((run) =>
      variantsIn(run.text, forms)
        .filter((variant) => !quotesSpeech(run.text, variant, inSpeech))
        .map((variant) => ({ entry, run, variant })),
    ),
  );
}

/** The texts of an entry in the site's own words: its fields, and its body outside <SpeechQuote> (a speech's body is the speech's). */
function ownRuns(entry: EntryFile): TextRun[] {
  const fields = fieldRuns(entry).filter((run) => !NOT_OWN_WORDS.has(String(run.path?.[0])));
  if (entry.collection === 'speeches' || !entry.tree) return fields;
  // Places compared as line and column, as the parser gives them for the file.
  const quoted: Array<{ from: number; to: number }> = [];
  const at = (place: { line: number; column: number }) => place.line * 1e6 + place.column;
  walk(entry.tree, (node) => {
    const position = (node as { position?: { start: Place; end?: Place } }).position;
    if (node.name === 'SpeechQuote' && position)
      quoted.push({ from: at(position.start), to: at(position.end ?? position.start) });
  });
  const inQuote = (run: TextRun) =>
    quoted.some((range) => at(run.placeAt(0)) >= range.from && at(run.placeAt(0)) < range.to);
  return [...fields, ...bodyRuns(entry).filter((run) => !inQuote(run))];
}

/** Whether the variant is the speech's own words, quoted: see {@link checkOfficialNames}. */
function quotesSpeech(
  text: string,
  variant: NameVariant,
  inSpeech: (text: string) => boolean,
): boolean {
  for (const pair of quotationPairs(text)) {
    if (pair.open > variant.start || pair.close < variant.end - 1) continue;
    const inside = text.slice(pair.open + 1, pair.close);
    const longer = bare(inside).length > bare(variant.found).length;
    if (longer && inSpeech(inside)) return true;
  }
  const sentence =
    text
      .slice(0, variant.start)
      .split(/[。！？\n]/)
      .at(-1) ?? '';
  return SPEECH_SAYS.test(sentence) && inSpeech(variant.found);
}

/** Opening and closing marks of quotations, each closing mark with its opening one. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '”': '“',
  '’': '‘',
  '」': '「',
  '』': '『',
};

/** The quotations of a text, as the index of each pair of marks, nested ones included. */
function quotationPairs(text: string): Array<{ open: number; close: number }> {
  const pairs: Array<{ open: number; close: number }> = [];
  const open: Array<{ mark: string; at: number }> = [];
  for (let at = 0; at < text.length; at += 1) {
    const mark = text[at]!;
    if (Object.values(QUOTE_PAIRS).includes(mark)) open.push({ mark, at });
    else if (QUOTE_PAIRS[mark]) {
      const last = open.findLastIndex((item) => item.mark === QUOTE_PAIRS[mark]);
      if (last < 0) continue;
      pairs.push({ open: open[last]!.at, close: at });
      open.length = last;
    }
  }
  return pairs;
}

function finding(entry: EntryFile, run: TextRun, variant: NameVariant): Finding {
  const { form } = variant;
  const official = form.field === 'fullName' ? `“${form.title}”的全称` : '的正式名称';
  return error(
    entry.file,
    run.placeAt(variant.start),
    'official-name',
    `这里写作「${variant.found}」，和术语表里${official}「${form.text}」字相同、标点不同。`,
    `改成「${variant.replacement}」（npm run fix 会自动改好）。正式写法只记在术语表 ${form.file} 的 ${form.field}（${form.field === 'fullName' ? '全称' : '术语'}）里，站内自己的文字都照它写；引用讲话原文时照录讲话的标点：用 <SpeechQuote>，或把讲话的整句放在引号里。`,
  );
}
