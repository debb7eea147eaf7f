import { error, type Finding } from '../finding.ts';
import type { MendedSource } from './edits.ts';

/** A line Word or WPS made of `---`: dashes of any width, em and en dashes, spaced out or not. */
const DASH_LINE = /^[-－—–―‐‑﹣ \u3000]{2,}$/;

/** Where an entry file's frontmatter is, as 0-based line indexes of its two `---` lines. */
export interface Fences {
  open: number;
  close: number;
}

/**
 * Finds the frontmatter block the way an editor meant it, mending what pasting
 * does to it: `---` turned into dashes by Word's autocorrect, blank lines above
 * it, a missing closing line (taken to be the first blank line). Each is reported.
 * @returns the block, or undefined when the file has none
 */
export function findFences(
  file: string,
  source: MendedSource,
  findings: Finding[],
): Fences | undefined {
  const lines = source.lines;
  const open = lines.findIndex((line) => line.trim() !== '');
  if (open < 0 || !isFence(lines[open]!)) return undefined;
  if (open > 0) {
    findings.push(
      error(
        file,
        { line: 1, column: 1 },
        'yaml-syntax',
        `文件开头有 ${open} 个空行：字段区的 --- 必须写在第一行。`,
        '删除文件开头的空行。',
      ),
    );
  }
  mendFence(file, source, open, findings);
  const close = lines.findIndex((line, index) => index > open && isFence(line));
  if (close > 0) {
    mendFence(file, source, close, findings);
    return { open, close };
  }
  // No closing line anywhere: the block most likely ends where the first blank line is.
  const blank = lines.findIndex((line, index) => index > open && line.trim() === '');
  const where = blank < 0 ? lines.length : blank + 1;
  findings.push(
    error(
      file,
      { line: where, column: 1 },
      'yaml-syntax',
      '字段区没有用一行 --- 结束。',
      `在最后一个字段的下一行写 ---（三个半角减号），正文写在它下面${blank < 0 ? '' : `；这里的第 ${where} 行空行可以直接改成 ---`}。`,
    ),
  );
  if (blank < 0) return undefined;
  source.fix({ line: where, column: 1, length: lines[blank]!.length, text: '---' });
  return { open, close: blank };
}

const isFence = (line: string) => line.trimEnd() === '---' || DASH_LINE.test(line.trim());

/** Reports and mends a fence line that is not exactly `---`. */
function mendFence(file: string, source: MendedSource, index: number, findings: Finding[]) {
  const line = source.lines[index]!;
  if (line.trimEnd() === '---') return;
  findings.push(
    error(
      file,
      { line: index + 1, column: 1 },
      'yaml-syntax',
      `字段区的分隔行应当是三个半角减号 ---，这里是“${line.trim()}”（Word、WPS 常把 --- 自动改成破折号或全角符号）。`,
      '把这一行改成 ---（三个半角减号，没有空格）。',
    ),
  );
  source.fix({ line: index + 1, column: 1, length: line.length, text: '---' });
}
