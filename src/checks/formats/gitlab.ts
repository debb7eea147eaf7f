import { createHash } from 'node:crypto';
import { byPlace, type Finding } from '../finding.ts';

/**
 * One issue of a GitLab Code Quality report: the fields GitLab documents as the ones
 * it reads, which it shows in the merge request's Code Quality widget.
 * @see https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
export interface CodeQualityIssue {
  /** What is wrong and how to fix it, in Chinese. */
  description: string;
  /** The rule, e.g. `reference`. */
  check_name: string;
  /** Identifies the issue across pipelines; GitLab shows only one issue per fingerprint. */
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: {
    /** Path relative to the repository root. */
    path: string;
    lines: { begin: number };
  };
}

/**
 * The findings as Code Quality issues, in the order of the text report. An error is
 * `major` and a warning `minor`, so errors sort first. The fingerprint hashes file,
 * rule, position and message, so it stays the same from one pipeline to the next
 * while the problem does; a finding repeated word for word gets its occurrence
 * counted in, so that GitLab drops none.
 */
export function codeQualityIssues(findings: readonly Finding[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return [...findings].sort(byPlace).map((finding) => {
    const key = JSON.stringify([
      finding.file,
      finding.rule,
      finding.line,
      finding.column,
      finding.message,
    ]);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      description: finding.fix ? `${finding.message} 改法：${finding.fix}` : finding.message,
      check_name: finding.rule,
      fingerprint: createHash('sha256')
        .update(occurrence > 1 ? `${key}#${occurrence}` : key)
        .digest('hex'),
      severity: finding.severity === 'error' ? 'major' : 'minor',
      location: { path: finding.file, lines: { begin: finding.line } },
    };
  });
}

/** A whole Code Quality report: a JSON array of issues, `[]` when there are none. */
export const formatGitlab = (findings: readonly Finding[]) =>
  `${JSON.stringify(codeQualityIssues(findings), null, 2)}\n`;
