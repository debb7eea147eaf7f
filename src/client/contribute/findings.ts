import { RULES, fileNameMessage, splitMessage, type RuleId } from '../../common/check-words.ts';
import { ID_PATTERN, type CollectionName } from '../../common/collections.ts';
import type { DraftValue } from '../../common/draft/entry-file.ts';
import { describeMisquote, misquoteFix } from '../../common/misquote.ts';
import { speechNumberingProblems } from '../../common/speech-numbering.ts';
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

/** The frontmatter a draft's values would be read as: what the schema validates, as the build reads the file. */
export function draftData(values: Record<string, DraftValue>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(values)) {
    if (field.kind === 'text') {
      if (field.value.trim()) data[key] = field.value;
    } else if (field.kind === 'names' || field.kind === 'sentences') {
      const items = field.value.map((item) => item.trim()).filter(Boolean);
      if (items.length) data[key] = items;
    } else if (field.kind === 'sources') {
      const sources = field.value
        .map((source) =>
          Object.fromEntries(Object.entries(source).filter(([, part]) => part?.trim())),
        )
        .filter((source) => Object.keys(source).length > 0);
      if (sources.length) data[key] = sources;
    } else {
      const cites = field.value.filter((cite) => cite.speech && cite.paragraphs.length);
      if (cites.length) data[key] = cites;
    }
  }
  return data;
}

/** Every finding the page can know of a draft, in the content check's words. */
export async function draftFindings(
  collection: CollectionName,
  values: Record<string, DraftValue>,
  body: string,
  fileName: string,
): Promise<PageFinding[]> {
  const findings: PageFinding[] = [];
  const add = (field: string, rule: RuleId, text: string, fix?: string) => {
    const [message, hint] = fix ? [text, fix] : splitMessage(text);
    findings.push({ field, rule, severity: 'error', message, ...(hint ? { fix: hint } : {}) });
  };
  if (!ID_PATTERN.test(fileName))
    add('fileName', 'file-name', '这个文件不会被收录。', fileNameMessage(fileName));
  const result = SCHEMAS[collection].safeParse(draftData(values));
  if (!result.success)
    for (const issue of result.error.issues)
      add(String(issue.path[0] ?? 'title'), 'schema', issue.message);
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
