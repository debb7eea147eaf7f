import { loadEntryFiles } from './entry-files.ts';
import { byPlace, type Finding } from './finding.ts';
import { groupRepeats } from './grouping.ts';
import type { CheckContext } from './context.ts';
import { pageAnchors, speechAnchors } from './speech-outlines.ts';
import { readPublished } from './unchanged-files.ts';
import { checkPublishedParagraphs } from './rules/published-paragraphs.ts';
import { checkParagraphNumbers } from './rules/paragraph-numbers.ts';
import { checkFiles } from './rules/files.ts';
import { checkSchema } from './rules/schema.ts';
import { checkDates } from './rules/dates.ts';
import { checkReferences } from './rules/references.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkImages } from './rules/images.ts';
import { checkSiteLinks } from './rules/site-links.ts';
import { checkVocabulary } from './rules/vocabulary.ts';
import { checkSpeechNumbering } from './rules/speech-numbering.ts';
import { checkDuplicates } from './rules/duplicates.ts';
import { checkTermNames } from './rules/term-names.ts';
import { checkListDuplicates } from './rules/list-duplicates.ts';
import { checkPublishedUrls } from './rules/published-urls.ts';
import { checkProse } from './rules/prose.ts';
import { checkHeadings } from './rules/headings.ts';
import { checkTypography } from './rules/typography.ts';
import { checkFields } from './rules/fields.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkCaseKind } from './rules/case-kind.ts';
import { checkOfficialNames } from './rules/official-names.ts';
import type { TargetContent } from './target-branch.ts';

/**
 * Runs every content rule over the project at `root` and returns all findings
 * at once, sorted by file and position, many of one kind in a file counted in
 * one (see grouping.ts). Nothing in the content is executed.
 * @param target what the target branch publishes (see target-branch.ts), which must stay published
 */
export async function runChecks(root: string, target?: TargetContent): Promise<Finding[]> {
  const { entries, findings: parseFindings } = loadEntryFiles(root);
  const { published, unchanged } = readPublished(root, entries, target);
  const context: CheckContext = { root, entries, unchanged };
  const pages = pageAnchors(entries);
  const anchors = speechAnchors(pages);
  const findings = [
    ...checkFiles(context),
    ...parseFindings,
    ...checkPlaceholders(context),
    ...checkFields(context),
    ...checkDates(context),
    ...checkSchema(context),
    ...checkReferences(context, anchors),
    ...checkMdxSafety(context),
    ...checkProse(context),
    ...checkHeadings(context),
    ...checkTypography(context),
    ...checkImages(context),
    ...checkSiteLinks(context, pages),
    ...checkVocabulary(context),
    ...checkSpeechNumbering(context),
    ...checkParagraphNumbers(context, pages),
    ...checkDuplicates(context),
    ...checkTermNames(context),
    ...checkCaseKind(context),
    ...checkOfficialNames(context),
    ...checkListDuplicates(context),
    ...checkPublishedUrls(context, pages, published),
    ...checkPublishedParagraphs(context, pages, published),
  ];
  return groupRepeats(withoutEchoes(findings).sort(byPlace));
}

/** The rules that speak about one frontmatter value, as the schema does: where both do, theirs names the cause. */
const VALUE_RULES: ReadonlySet<Finding['rule']> = new Set([
  'placeholder',
  'punctuation',
  'characters',
  'date',
  'yaml-syntax',
]);

/**
 * One finding per mistake: where a rule names the cause (a placeholder, a date
 * written the Chinese way, a quotation mark around a value), the schema's plainer
 * complaint about the same value at the same place is dropped, and so is what the
 * schema says about a line whose writing is already reported (its value is misread).
 */
function withoutEchoes(findings: Finding[]): Finding[] {
  const placeOf = (finding: Finding) => `${finding.file}:${finding.line}:${finding.column}`;
  const named = new Set(findings.filter((finding) => VALUE_RULES.has(finding.rule)).map(placeOf));
  const misread = new Set(
    findings
      .filter((finding) => finding.rule === 'yaml-syntax')
      .map((finding) => `${finding.file}:${finding.line}`),
  );
  return findings.filter(
    (finding) =>
      finding.rule !== 'schema' ||
      !(named.has(placeOf(finding)) || misread.has(`${finding.file}:${finding.line}`)),
  );
}

/** True when any finding is an error (warnings alone pass). */
export const hasErrors = (findings: readonly Finding[]) =>
  findings.some((finding) => finding.severity === 'error');
