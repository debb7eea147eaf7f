import { citeSchema } from '../../schemas/cite.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { error, type Finding } from '../finding.ts';
import type { MendedSource } from './edits.ts';

/** The fields of a list item (a source, a cite), which line up under the item's first field. */
const ITEM_KEYS = new Set([...Object.keys(sourceSchema.shape), ...Object.keys(citeSchema.shape)]);

/** `key: []`, an empty list, with nothing after it but spaces or a note. */
const EMPTY_LIST = /^([ ]*(?:-[ ]+)?)([A-Za-z][\w-]*):([ \t]+)\[[ \t]*\]([ \t]*(?:#.*)?)$/;

/** A field line without a list dash: its indentation and key. */
const KEY_LINE = /^([ ]*)([A-Za-z][\w-]*):(?:[ \t]|$)/;

/** A list item's first line: the dash's indentation and where its first field starts. */
const ITEM_LINE = /^([ ]*-[ ]+)([A-Za-z][\w-]*):(?:[ \t]|$)/;

/** A value that goes on in the indented lines below (`summary: >-`, `note: |`). */
const BLOCK_TEXT = /:[ \t]+[|>][+-]?[0-9]?[ \t]*(?:#.*)?$/;

/**
 * What filling in the template leaves that YAML reads as something else, or
 * reports far from its cause: items written under `cites: []` (the template's
 * empty list), a field uncommented by deleting only its `#` (a space is left in
 * front of it), and a field of a list item lined up with the dash instead of with
 * the item's first field. Each is reported at its line and mended, so the rest of
 * the fields are still read and checked.
 * @param from 0-based index of the first frontmatter line
 * @param to 0-based index after the last one
 * @param ownKeys the collection's own fields
 */
export function checkTemplateLines(
  file: string,
  source: MendedSource,
  from: number,
  to: number,
  ownKeys: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  // Found in the lines as mended so far, and reported where the editor wrote them, before this rule mends them.
  const report = (place: { line: number; column: number }, message: string, fix: string) =>
    findings.push({
      ...error(file, place, 'yaml-syntax', message, fix),
      ...source.original(place),
    });
  const nextLine = (index: number) =>
    source.lines.slice(index + 1, to).find((text) => text.trim() !== '' && !/^\s*#/.test(text));
  let item: { dash: number; key: number } | undefined;
  let blockText = false;
  for (let index = from; index < to; index += 1) {
    const line = index + 1;
    const text = source.lines[index]!;
    const indent = /^ */.exec(text)![0].length;
    if (blockText && (text.trim() === '' || indent > 0)) continue;
    blockText = BLOCK_TEXT.test(text);
    const empty = EMPTY_LIST.exec(text);
    const below = nextLine(index);
    if (empty && below && /^ *-(?:[ \t]|$)/.test(below)) {
      const [, lead = '', key = '', gap = ''] = empty;
      const column = lead.length + key.length + 2 + gap.length;
      report(
        { line, column },
        `${key}: 后面的 [] 表示空列表，下面各行的“- ”就接不上了。`,
        `删掉 ${key}: 后面的 []，只写 ${key}:，下面的各项照旧。`,
      );
      source.mend(line, [{ column, length: text.length - column + 1, text: '' }]);
    }
    const dashed = ITEM_LINE.exec(text);
    if (dashed) {
      item = { dash: indent, key: dashed[1]!.length };
      continue;
    }
    const keyed = KEY_LINE.exec(text);
    if (!keyed) continue;
    const key = keyed[2]!;
    if (indent === 1 && ownKeys.includes(key)) {
      report(
        { line, column: 1 },
        `${key}: 前面多了一个空格（去掉注释符号 # 时常会留下），这一行就接到了上一个字段下面。`,
        `删掉行首的空格，让 ${key}: 和 title: 左边对齐。`,
      );
      source.mend(line, [{ column: 1, length: 1, text: '' }]);
    } else if (
      item &&
      ITEM_KEYS.has(key) &&
      indent >= item.dash &&
      indent < item.key &&
      (indent > 0 || !ownKeys.includes(key))
    ) {
      report(
        { line, column: indent + 1 },
        `${key}: 和上一项的“-”对齐了；它属于这一项，要和“-”后面的字段对齐。`,
        `在 ${key}: 前面再加 ${item.key - indent} 个空格。`,
      );
      source.mend(line, [{ column: 1, length: 0, text: ' '.repeat(item.key - indent) }]);
    }
    if (indent === 0) item = undefined;
  }
  return findings;
}
