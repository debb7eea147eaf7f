import { RULES, fileNameMessage, splitMessage, type RuleId } from '../../common/check-words.ts';
import { ID_PATTERN, type CollectionName } from '../../common/collections.ts';
import { dateProblem } from '../../common/date-words.ts';
import { draftFrontmatter, type DraftValue } from '../../common/draft/entry-file.ts';
import { fieldTextProblems } from '../../common/field-words.ts';
import { describeMisquote, misquoteFix } from '../../common/misquote.ts';
import { quoteCuts } from '../../common/quote-cuts.ts';
import { speechNumberingProblems } from '../../common/speech-numbering.ts';
import { FORM_FIELDS } from '../../schemas/form.ts';
import { SCHEMAS } from '../../schemas/index.ts';
import { bodyHeadings, bodyQuotes } from './body-outline.ts';
import { speechText } from './speech-texts.ts';

/** One problem the page can tell before the merge request: the check's rule and words, at a field of the form. */
export interface PageFinding {
  /** The field's key, `body` or `fileName`. */
  field: string;
  rule: RuleId;
  severity: 'error' | 'warning';
  message: string;
  fix?: string;
}

/** Rules that name the cause of a value's problem; where one speaks, the schema's plainer words on that value are left out, as the check does. */
const VALUE_RULES: ReadonlySet<RuleId> = new Set(['date', 'punctuation', 'characters']);

/** Every text of the frontmatter, nested ones included, with its path (as the check's rules walk it). */
function texts(
  value: unknown,
  path: PropertyKey[] = [],
): Array<{ path: PropertyKey[]; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => texts(item, [...path, key]));
  return [];
}

/** The date fields of a draft, with whether a year or a month will do. */
function dates(data: Record<string, unknown>): Array<{ path: PropertyKey[]; partial: boolean }> {
  const sources = Array.isArray(data.sources) ? data.sources : [];
  return [
    { path: ['date'], partial: true },
    { path: ['published'], partial: true },
    { path: ['updated'], partial: false },
    ...sources.map((_, index) => ({ path: ['sources', index, 'date'], partial: true })),
  ];
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
    data,
  );

/** Every finding the page can know of a draft, in the content check's words. */
export async function draftFindings(
  collection: CollectionName,
  values: Record<string, DraftValue>,
  body: string,
  fileName: string,
): Promise<PageFinding[]> {
  const findings: PageFinding[] = [];
  const named = new Set<string>();
  const add = (path: readonly PropertyKey[] | string, rule: RuleId, text: string, fix?: string) => {
    const [message, hint] = fix ? [text, fix] : splitMessage(text);
    const field = typeof path === 'string' ? path : String(path[0] ?? 'title');
    if (typeof path !== 'string' && VALUE_RULES.has(rule)) named.add(path.join('.'));
    findings.push({ field, rule, severity: 'error', message, ...(hint ? { fix: hint } : {}) });
  };
  if (!ID_PATTERN.test(fileName))
    add('fileName', 'file-name', '这个文件不会被收录。', fileNameMessage(fileName));
  const fields = (FORM_FIELDS[collection] ?? []).map(
    (field) =>
      [field.key, values[field.key] ?? { kind: 'text', value: '' }] as [string, DraftValue],
  );
  const data = draftFrontmatter(fields);
  for (const { path, partial } of dates(data)) {
    const value = valueAt(data, path);
    const problem = typeof value === 'string' ? dateProblem(value.trim(), partial) : undefined;
    if (problem) add(path, 'date', problem.message, problem.fix);
  }
  for (const { path, value } of texts(data))
    for (const problem of fieldTextProblems(path, value))
      add(path, problem.rule, problem.message, problem.fix);
  const result = SCHEMAS[collection].safeParse(data);
  if (!result.success)
    for (const issue of result.error.issues)
      if (!named.has(issue.path.join('.'))) add(issue.path, 'schema', issue.message);
  if (collection === 'speeches')
    for (const problem of speechNumberingProblems(bodyHeadings(body)))
      add('body', 'speech-numbering', problem.message, problem.fix);
  for (const quote of bodyQuotes(body)) {
    const speech = await speechText(quote.speech);
    if (!speech) continue;
    const known = {
      title: speech.title,
      paragraphs: new Map(speech.paragraphs.map((paragraph) => [paragraph.id, paragraph])),
      headings: new Map(speech.headings),
    };
    const misquote = describeMisquote(known, quote.at, quote.text);
    if (misquote) add('body', 'quote', misquote.message, misquoteFix(known, quote.at, misquote));
    else
      for (const cut of quoteCuts(known, quote.at, quote.text))
        add('body', 'quote-cut', cut.message, cut.fix);
  }
  return findings;
}

/** A finding as the content check prints it, without the file and line (the page points at the field instead). */
export function findingText(finding: PageFinding): { head: string; fix?: string } {
  const level = finding.severity === 'error' ? '错误' : '提醒';
  return {
    head: `${level} [${RULES[finding.rule]} ${finding.rule}] ${finding.message}`,
    ...(finding.fix ? { fix: `改法：${finding.fix}` } : {}),
  };
}
