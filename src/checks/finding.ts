import { amount } from '../schemas/limits.ts';

import { RULES, type RuleId } from '../common/check-words.ts';

export { RULES, type RuleId };

/** One problem the content check found. */
export interface Finding {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  rule: RuleId;
  /** Errors fail the check and the build; warnings are reported only. */
  severity: 'error' | 'warning';
  /** What is wrong, in Chinese. */
  message: string;
  /** How to fix it, in Chinese; absent when the message already says. */
  fix?: string;
  /** How many problems it stands for, when it counts many of one kind (see grouping.ts); one when absent. */
  count?: number;
}

/** A place in a file. */
export interface Place {
  line: number;
  column: number;
}

/** The start of a file, for findings about the file as a whole. */
export const FILE_START: Place = { line: 1, column: 1 };

/** Builds an error finding. */
export const error = (
  file: string,
  place: Place,
  rule: RuleId,
  message: string,
  fix?: string,
): Finding => ({
  file,
  ...place,
  rule,
  severity: 'error',
  message,
  ...(fix ? { fix } : {}),
});

/** Builds a warning finding: reported, but the check passes. */
export const warning = (
  file: string,
  place: Place,
  rule: RuleId,
  message: string,
  fix?: string,
): Finding => ({ ...error(file, place, rule, message, fix), severity: 'warning' });

/** Orders findings by file, then position, so output is stable. */
export const byPlace = (a: Finding, b: Finding) =>
  a.file.localeCompare(b.file) ||
  a.line - b.line ||
  a.column - b.column ||
  a.rule.localeCompare(b.rule);

/**
 * Formats one finding the way editors' tools link to files:
 * `content/cases/x.mdx:12:3 错误 [引用 reference] … 改法：…`.
 */
export function formatFinding(finding: Finding): string {
  const level = finding.severity === 'error' ? '错误' : '提醒';
  const head = `${finding.file}:${finding.line}:${finding.column} ${level} [${RULES[finding.rule]} ${finding.rule}] ${finding.message}`;
  return finding.fix ? `${head}\n    改法：${finding.fix}` : head;
}

/** How many errors and warnings findings stand for, those counted in one finding included. */
export function countProblems(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += finding.count ?? 1;
    else warnings += finding.count ?? 1;
  }
  return { errors, warnings };
}

/** Formats a whole report, ending with a count of every problem, those counted in one finding included. */
export function formatReport(findings: readonly Finding[]): string {
  const { errors, warnings } = countProblems(findings);
  const counted = findings.some((finding) => finding.count !== undefined);
  const summary =
    findings.length === 0
      ? '内容检查通过，没有发现问题。'
      : `内容检查发现 ${amount(errors)} 个错误、${amount(warnings)} 个提醒。${counted ? '同一个文件里同类的问题多时，只列出前几处，其余的合成一条。' : ''}`;
  return [...[...findings].sort(byPlace).map(formatFinding), summary].join('\n');
}
