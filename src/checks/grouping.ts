import { amount } from '../schemas/limits.ts';
import { RULES, type Finding } from './finding.ts';

/** How many findings saying the same thing in one file are listed before the rest are counted. */
export const LISTED = 5;

/** How many findings of one rule in one file are listed, however different, before the rest are counted. */
export const LISTED_PER_RULE = 20;

/** The fix of counted findings whose fixes differ. */
const SEE_ABOVE = '每一处都按上面列出的同样问题的改法改正。';

/** How many line numbers a counted finding names. */
const LINES_NAMED = 10;

/**
 * Keeps a report short however often a paste repeats a mistake: of the findings
 * of one file that say the same thing (same rule and message), the first few are
 * listed and the rest counted in one finding at the first of them, naming their
 * lines; and of one rule, however different its findings, the first twenty. A
 * counted finding keeps the severity of what it counts, so the check still fails
 * on errors, and it reads the same in the terminal, the GitHub annotations and
 * the GitLab report, which are all made from these findings.
 * @param findings sorted by place
 */
export function groupRepeats(findings: readonly Finding[]): Finding[] {
  const same = fold(
    findings,
    (finding) => [finding.file, finding.rule, finding.severity, finding.message].join('\u0000'),
    LISTED,
    (rest, lines) => ({
      message: `同样的问题还有 ${amount(total(rest))} 处：${lines}。`,
      fix: new Set(rest.map((finding) => finding.fix)).size === 1 ? rest[0]!.fix : SEE_ABOVE,
    }),
  );
  return fold(
    same,
    (finding) => [finding.file, finding.rule, finding.severity].join('\u0000'),
    LISTED_PER_RULE,
    (rest, lines) => ({
      message: `这个文件还有 ${amount(total(rest))} 处${RULES[rest[0]!.rule]}问题没有列出：${lines}。`,
      fix: '先改正上面列出的，再检查一次，会列出这些。',
    }),
  );
}

/** How many problems findings stand for, counted ones included. */
const total = (findings: readonly Finding[]) =>
  findings.reduce((sum, finding) => sum + (finding.count ?? 1), 0);

/**
 * Lists the first `keep` findings of each group and replaces the rest by one
 * finding at the first of them; a group only one over `keep` is listed whole.
 */
function fold(
  findings: readonly Finding[],
  keyOf: (finding: Finding) => string,
  keep: number,
  describe: (rest: readonly Finding[], lines: string) => { message: string; fix?: string },
): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const counted = new Set<Finding>();
  const summaries = new Map<Finding, Finding>();
  for (const group of groups.values()) {
    if (group.length <= keep + 1) continue;
    const rest = group.slice(keep);
    for (const finding of rest) counted.add(finding);
    const first = rest[0]!;
    const { message, fix } = describe(rest, linesOf(rest));
    summaries.set(first, {
      file: first.file,
      line: first.line,
      column: first.column,
      rule: first.rule,
      severity: first.severity,
      message,
      ...(fix ? { fix } : {}),
      count: total(rest),
    });
  }
  return findings.flatMap((finding) =>
    counted.has(finding) ? (summaries.has(finding) ? [summaries.get(finding)!] : []) : [finding],
  );
}

/** The lines findings are on, the first few named: 第 7、8、9 行等. */
function linesOf(findings: readonly Finding[]): string {
  const lines = [...new Set(findings.map((finding) => finding.line))];
  return `第 ${lines.slice(0, LINES_NAMED).join('、')} 行${lines.length > LINES_NAMED ? '等' : ''}`;
}
