import { RULES, byPlace, type Finding } from '../finding.ts';

/**
 * Escapes a workflow command's message as @actions/core does (`escapeData`), so that
 * the runner reads back the very text, newlines included.
 * @see https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
 */
export const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a workflow command's property value (`escapeProperty`): also `:` and `,`, which end a value. */
export const escapeProperty = (text: string) =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One finding as a GitHub Actions annotation, shown on the line of the file in the
 * pull request: `::error file=…,line=…,col=…,title=…::message` (`::warning` for warnings).
 * @see https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function annotation(finding: Finding): string {
  const command = finding.severity === 'error' ? 'error' : 'warning';
  const properties: [string, string][] = [
    ['file', finding.file],
    ['line', String(finding.line)],
    ['col', String(finding.column)],
    ['title', `内容检查：${RULES[finding.rule]} ${finding.rule}`],
  ];
  const message = finding.fix ? `${finding.message}\n改法：${finding.fix}` : finding.message;
  return `::${command} ${properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}::${escapeData(message)}`;
}

/** Every finding as an annotation, one a line, in the order of the text report; empty when there are none. */
export const formatGithub = (findings: readonly Finding[]) =>
  [...findings].sort(byPlace).map(annotation).join('\n');
