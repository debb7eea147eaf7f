import { CHINESE_FIELD_NAMES } from '../../schemas/index.ts';
import { error, type Finding } from '../finding.ts';
import type { MendedSource } from './edits.ts';

/** Whitespace that YAML does not take as indentation, as pasted from Word, WPS or a chat window. */
const WIDE_SPACE: ReadonlyMap<string, { name: string; spaces: number }> = new Map([
  ['\t', { name: '制表符（Tab）', spaces: 2 }],
  ['\u3000', { name: '全角空格', spaces: 2 }],
  ['\u00a0', { name: '不换行空格（从网页或 Word 复制来的）', spaces: 1 }],
]);

const HAN_KEY_FIX =
  '字段名见 CONTRIBUTING.md 第三节，例如 title: 标题、summary: 摘要（冒号用半角，后面加一个空格）。';

/** A field line: indentation, an optional list dash, a key and what separates it from the value. */
const FIELD =
  /^([ \t\u3000\u00a0]*(?:-[ \t\u3000]+)?)([A-Za-z_][A-Za-z0-9_-]*|\p{Script=Han}{1,8})([ \t\u3000]*)([:：])([^\n]?)/u;

/**
 * The paste mistakes of frontmatter lines that YAML would report far from their
 * cause, or not at all: full-width colons, a colon without its space, tabs and
 * full-width spaces as indentation, Chinese field names. Each is reported on its line and mended,
 * so the rest of the frontmatter is still read and checked.
 * @param from 0-based index of the first frontmatter line
 * @param to 0-based index after the last one
 * @param knownKeys field names of every collection, to tell `title:值` from a URL's `https:`
 * @param ownKeys the collection's own fields, to name the field a Chinese name stands for
 */
export function checkFrontmatterLines(
  file: string,
  source: MendedSource,
  from: number,
  to: number,
  knownKeys: ReadonlySet<string>,
  ownKeys: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  for (let index = from; index < to; index += 1) {
    const line = index + 1;
    const text = source.lines[index]!;
    const indent = /^[ \t\u3000\u00a0]*/.exec(text)![0];
    const wide = [...indent].find((character) => WIDE_SPACE.has(character));
    if (wide) {
      const column = indent.indexOf(wide) + 1;
      findings.push(
        error(
          file,
          { line, column },
          'yaml-syntax',
          `这一行开头用${WIDE_SPACE.get(wide)!.name}缩进；字段区只认半角空格。`,
          '把行首的空白改成半角空格：下一层的行比上一层多缩进两个空格，例如“  - title: …”。',
        ),
      );
      source.fix({
        line,
        column: 1,
        length: indent.length,
        text: [...indent]
          .map((character) => ' '.repeat(WIDE_SPACE.get(character)?.spaces ?? 1))
          .join(''),
      });
    }
    const field = FIELD.exec(text);
    if (!field) continue;
    const [, lead = '', key = '', gap = '', colon = '', next = ''] = field;
    const column = lead.length + key.length + gap.length + 1;
    const spaced = next === '' || next === ' ' || next === '\t';
    if (/\p{Script=Han}/u.test(key)) {
      // A Chinese word before a colon is a field name only at the start of a top-level line; in a list item it is text.
      if (lead !== '' || key.length > 6) continue;
      const named = ownKeys.filter((candidate) => CHINESE_FIELD_NAMES[candidate]?.includes(key));
      if (named.length !== 1 && colon === ':' && spaced) continue;
      const english = named.length === 1 ? named[0] : undefined;
      const what = english
        ? `字段名要用英文写：“${key}”应写作 ${english}`
        : `“${key}”不是字段名：字段名要用英文写`;
      const value = text.slice(column + (spaced || next === '\u3000' ? 1 : 0)).trim();
      findings.push(
        error(
          file,
          { line, column: lead.length + 1 },
          'yaml-syntax',
          `${what}${colon === '：' ? '，冒号也要用半角' : ''}。`,
          english ? `写成 ${english}: ${value}` : HAN_KEY_FIX,
        ),
      );
      // Mended to the English name, so the field is read and checked as the editor meant it.
      if (english)
        source.fix({
          line,
          column: lead.length + 1,
          length: key.length + gap.length + 1 + (next === ' ' || next === '\u3000' ? 1 : 0),
          text: `${english}: `,
        });
      continue;
    }
    if (colon === '：') {
      findings.push(
        error(
          file,
          { line, column },
          'yaml-syntax',
          `字段名 ${key} 后面是全角冒号“：”，应当是半角冒号“:”加一个空格。`,
          `写成 ${key}: ${text.slice(column).trim() || '…'}`,
        ),
      );
      source.fix({
        line,
        column,
        length: 1 + (next === ' ' || next === '\u3000' ? 1 : 0),
        text: ': ',
      });
    } else if (!spaced && knownKeys.has(key)) {
      const wide = next === '\u3000';
      const what = wide
        ? `字段名 ${key} 的冒号后面是全角空格，应当是半角空格`
        : `字段名 ${key} 的冒号后面少了一个空格，整行会被当成一段文字`;
      findings.push(
        error(
          file,
          { line, column },
          'yaml-syntax',
          `${what}。`,
          `写成 ${key}: ${text.slice(column).trim()}`,
        ),
      );
      source.fix({ line, column, length: wide ? 2 : 1, text: ': ' });
    }
  }
  return findings;
}
