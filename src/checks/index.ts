import { loadEntryFiles } from './entry-files.ts';
import { byPlace, type Finding } from './finding.ts';
import type { CheckContext } from './context.ts';
import { speechAnchors } from './speech-outlines.ts';
import { checkFiles } from './rules/files.ts';
import { checkDatesAsWritten, checkSchema } from './rules/schema.ts';
import { checkReferences } from './rules/references.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkImages } from './rules/images.ts';
import { checkVocabulary } from './rules/vocabulary.ts';
import { checkSpeechNumbering } from './rules/speech-numbering.ts';
import { checkDuplicates } from './rules/duplicates.ts';
import { checkPublishedUrls } from './rules/published-urls.ts';

/**
 * Runs every content rule over the project at `root` and returns all findings
 * at once, sorted by file and position. Nothing in the content is executed.
 */
export async function runChecks(root: string): Promise<Finding[]> {
  const { entries, findings: parseFindings } = loadEntryFiles(root);
  const context: CheckContext = { root, entries };
  const anchors = await speechAnchors(root, entries.filter((entry) => entry.collection === 'speeches'));
  return [
    ...checkFiles(context),
    ...parseFindings,
    ...checkSchema(context),
    ...checkDatesAsWritten(context),
    ...checkReferences(context, anchors),
    ...checkMdxSafety(context),
    ...checkImages(context),
    ...checkVocabulary(context),
    ...checkSpeechNumbering(context),
    ...checkDuplicates(context),
    ...checkPublishedUrls(context, anchors),
  ].sort(byPlace);
}

/** True when any finding is an error (warnings alone pass). */
export const hasErrors = (findings: readonly Finding[]) => findings.some((finding) => finding.severity === 'error');
