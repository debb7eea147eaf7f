import { error, type Finding } from '../finding.ts';
import { textValues, type CheckContext } from '../context.ts';
import type { EntryFile } from '../entry-files.ts';
import { halfWidthFix, halfWidthMarks, invisibleCharacter, INVISIBLE_FIX } from '../text-marks.ts';

/** Fields holding prose that readers see, where a full stop after Chinese must be 。 or 、. */
const PROSE = new Set([
  'title',
  'summary',
  'meeting',
  'speaker',
  'place',
  'source',
  'region',
  'tags',
  'synonyms',
  'publisher',
]);

/** Fields whose values are addresses or file names, not text. */
const NOT_TEXT = new Set(['url', 'aliases', 'cites', 'date', 'updated']);

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
  const invisible = invisibleCharacter(value);
  if (invisible)
    findings.push(
      error(
        entry.file,
        place,
        'characters',
        `字段 ${field} 里有一个看不见的字符（${invisible.name}）。`,
        INVISIBLE_FIX,
      ),
    );
  const marks = PROSE.has(field) || PROSE.has(String(path[0])) ? halfWidthMarks(value) : undefined;
  if (marks)
    findings.push(
      error(
        entry.file,
        place,
        'punctuation',
        `字段 ${field} 里有 ${marks.count} 处半角句点“.”跟在中文后面。`,
        halfWidthFix(marks),
      ),
    );
  return findings;
}
