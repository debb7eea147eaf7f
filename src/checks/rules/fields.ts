import { error, type Finding } from '../finding.ts';
import { textValues, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { fieldTextProblems, NOT_TEXT } from '../../common/field-words.ts';

/** Quotation marks that wrap a whole value when an editor thinks a value needs quoting (WPS turns " into “ ”). */
const WRAPPED = /^(“[^“”]*”|‘[^‘’]*’|＂[^＂]*＂)$/;

/**
 * What pasting does to frontmatter values that YAML accepts: Chinese quotation
 * marks around a whole value (published with the marks), half-width full stops
 * after Chinese text, invisible characters the site does not remove.
 */
export function checkFields({ entries }: CheckContext): Finding[] {
  return entries.flatMap((entry) =>
    entry.data
      ? textValues(entry.data).flatMap(({ path, value }) => checkValue(entry, path, value))
      : [],
  );
}

function checkValue(entry: EntryFile, path: PropertyKey[], value: string): Finding[] {
  const field = String(path.findLast((key) => typeof key === 'string'));
  if (NOT_TEXT.has(String(path[0])) || NOT_TEXT.has(field)) return [];
  const place = entry.positions.valueAt(path);
  const written = entry.positions.writtenAt(path) ?? value;
  const findings: Finding[] = [];
  if (WRAPPED.test(written.trim())) {
    const inner = written.trim().slice(1, -1);
    findings.push(
      error(
        entry.file,
        place,
        'punctuation',
        `整个值被中文引号括起来了：${written.trim()}。引号会原样显示在页面上。`,
        `字段的值不需要引号，写成 ${field}: ${inner}；若引号本来就是${field === 'title' ? '标题' : '内容'}的一部分，用英文单引号把整个值括起来：${field}: '${written.trim()}'。`,
      ),
    );
  }
  for (const problem of fieldTextProblems(path, value))
    findings.push(error(entry.file, place, problem.rule, problem.message, problem.fix));
  return findings;
}
