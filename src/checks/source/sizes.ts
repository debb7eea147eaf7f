/**
 * The size limits of an entry file (see schemas/limits.ts), checked before the
 * part they limit is read, so that text no entry needs (a whole document pasted
 * in, the same text pasted many times) is named in a line and skips the parsers,
 * whose time grows faster than the text. Each function reads its text once.
 */

import { amount, characters, LIMITS } from '../../schemas/limits.ts';
import { error, FILE_START, type Finding } from '../finding.ts';

/** What a file, block or body far over its limit most likely is, and what to do. */
const PASTED =
  '最长的讲话也只有两三万字；超出这么多，多半是粘贴时带进了别的内容（整份文件、网页的其余部分、同一段粘贴了几遍），请删去多余的部分';

/** The whole file over its limit: reported first, and nothing else of the file is read. */
export function fileTooLarge(file: string, source: string): Finding | undefined {
  if (source.length <= LIMITS.file) return undefined;
  let longest = { line: 1, length: 0 };
  let line = 1;
  let start = 0;
  for (let at = source.indexOf('\n'); ; at = source.indexOf('\n', at + 1)) {
    const end = at < 0 ? source.length : at;
    if (end - start > longest.length) longest = { line, length: end - start };
    if (at < 0) break;
    line += 1;
    start = at + 1;
  }
  return error(
    file,
    FILE_START,
    'size',
    `这个文件有 ${characters(source.length)}，超过一个条目的上限 ${characters(LIMITS.file)}（最长的是第 ${longest.line} 行，有 ${characters(longest.length)}），检查没有再往下读。`,
    `字段区不超过 ${characters(LIMITS.frontmatter)}、正文不超过 ${characters(LIMITS.body)}。${PASTED}。`,
  );
}

/** The characters of lines `from` to `to` (0-based, `to` excluded), line breaks counted. */
export function charactersOf(lines: readonly string[], from: number, to: number): number {
  let total = Math.max(0, to - from - 1);
  for (let index = from; index < to; index += 1) total += lines[index]!.length;
  return total;
}

/** The frontmatter block over its limit; it is then not read. */
export function frontmatterTooLarge(
  file: string,
  lines: readonly string[],
  from: number,
  to: number,
): Finding | undefined {
  const size = charactersOf(lines, from, to);
  if (size <= LIMITS.frontmatter) return undefined;
  return error(
    file,
    { line: from + 1, column: 1 },
    'size',
    `字段区（两行 --- 之间）有 ${characters(size)}，超过上限 ${characters(LIMITS.frontmatter)}，检查没有读它。`,
    `字段区只写标题、摘要、来源这些简短的字段，每项一行；长的内容写进正文（第二行 --- 的下面）。${PASTED}。`,
  );
}

/** The body over its limit; it is then not read. */
export function bodyTooLarge(
  file: string,
  lines: readonly string[],
  from: number,
): Finding | undefined {
  const size = charactersOf(lines, from, lines.length);
  if (size <= LIMITS.body) return undefined;
  return error(
    file,
    { line: Math.min(from + 1, lines.length), column: 1 },
    'size',
    `正文有 ${characters(size)}，超过上限 ${characters(LIMITS.body)}，检查没有读它。`,
    `${PASTED}。`,
  );
}

/**
 * What in the body the MDX parser reads slower than in proportion: a paragraph
 * over its limit (lines with no blank line between them), too many tags or
 * braces. Each is reported; when any is, the body is not parsed.
 * @param from 0-based index of the body's first line
 */
export function bodyShapeFindings(file: string, lines: readonly string[], from: number): Finding[] {
  const findings: Finding[] = [];
  let fenced = false;
  let tags = 0;
  let braces = 0;
  let paragraph = { from, size: 0 };
  const endParagraph = (end: number) => {
    if (paragraph.size > LIMITS.paragraph)
      findings.push(
        error(
          file,
          { line: paragraph.from + 1, column: 1 },
          'size',
          `从这一行到第 ${end} 行之间没有空行，连成了一段，共 ${characters(paragraph.size)}，超过一段的上限 ${characters(LIMITS.paragraph)}，检查没有读正文。`,
          '段与段之间空一行：从 Word、WPS 粘贴过来的每一段之间都要有一个空行。很长的表格或列表，请分成几个。',
        ),
      );
  };
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (line.trim() === '') {
      endParagraph(index);
      paragraph = { from: index + 1, size: 0 };
      continue;
    }
    paragraph.size += line.length + (paragraph.size > 0 ? 1 : 0);
    if (fenced) continue;
    for (let at = line.indexOf('<'); at >= 0; at = line.indexOf('<', at + 1)) tags += 1;
    for (let at = line.indexOf('{'); at >= 0; at = line.indexOf('{', at + 1)) braces += 1;
  }
  endParagraph(lines.length);
  const start = { line: Math.min(from + 1, lines.length), column: 1 };
  if (tags > LIMITS.tags)
    findings.push(
      error(
        file,
        start,
        'size',
        `正文里有 ${amount(tags)} 个半角“<”，超过上限 ${amount(LIMITS.tags)} 个，检查没有读正文。`,
        '半角 < 只用来写 <SpeechQuote>、<Note>、<Figure> 这几种组件；别的标签多半是从网页复制来的，请删去（先把网页上的文字粘贴到记事本里，再从记事本复制过来）；要写小于号，请改用全角的 ＜。',
      ),
    );
  if (braces > LIMITS.braces)
    findings.push(
      error(
        file,
        start,
        'size',
        `正文里有 ${amount(braces)} 个半角花括号“{”，超过上限 ${amount(LIMITS.braces)} 个，检查没有读正文。`,
        '正文不能写花括号表达式，多半是粘贴进了程序代码，请删去；要写花括号本身，请改用全角的 ｛ ｝。',
      ),
    );
  return findings;
}
