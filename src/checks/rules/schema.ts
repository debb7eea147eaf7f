import type { z } from 'astro/zod';
import { CHINESE_FIELD_NAMES, SCHEMAS } from '../../schemas/index.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { citeSchema } from '../../schemas/cite.ts';
import { paragraphNumbersFields } from '../../schemas/paragraph-numbers.ts';
import { nearestKey } from '../../common/refs.ts';
import { error, type Finding } from '../finding.ts';
import { splitMessage } from '../../common/check-words.ts';

export { splitMessage };
import type { CheckContext } from '../context.ts';

/** Every frontmatter problem of every entry, at the line of the field concerned. */
export function checkSchema({ entries }: CheckContext): Finding[] {
  return entries.flatMap((entry) => {
    if (!entry.data) return [];
    const schema = SCHEMAS[entry.collection];
    const result = schema.safeParse(entry.data);
    if (result.success) return [];
    return result.error.issues.flatMap((issue) => {
      const [message, fix] = splitMessage(issue.message);
      if (issue.code === 'unrecognized_keys') {
        // Each at its own line, nested ones too (a __proto__: inside a sources item).
        const known = knownKeysAt(schema, issue.path);
        return issue.keys.map((key) =>
          error(
            entry.file,
            entry.positions.keyAt(key, issue.path),
            'schema',
            ...unknownKey(key, known, issue.path),
          ),
        );
      }
      return [error(entry.file, entry.positions.valueAt(issue.path), 'schema', message, fix)];
    });
  });
}

/** The lists of maps inside entries, by field, whose items have keys of their own. */
const NESTED: ReadonlyMap<string, z.ZodObject> = new Map<string, z.ZodObject>([
  ['sources', sourceSchema],
  ['cites', citeSchema],
  ['paragraphNumbers', paragraphNumbersFields],
]);

/** The nested maps that are items of a list (the others are one map). */
const NESTED_LISTS = new Set(['sources', 'cites']);

/** The keys the map at `path` may have: the entry's, those of a sources or cites item, or of paragraphNumbers. */
function knownKeysAt(schema: z.ZodObject, path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(schema.shape);
  const nested = NESTED.get(String(path[0]));
  return nested ? Object.keys(nested.shape) : [];
}

/** The message for one unknown key; `layout` is named for what it would do, a Chinese name gets its field name. */
function unknownKey(key: string, known: string[], path: readonly PropertyKey[]): [string, string] {
  const where =
    path.length === 0
      ? ''
      : NESTED_LISTS.has(String(path[0]))
        ? `${String(path[0])} 的这一项里`
        : `${String(path[0])} 里`;
  if (key === 'layout' && path.length === 0) {
    return [
      '字段 layout 会让页面加载并运行指定的代码文件，内容中不能使用。',
      '删除这一行；页面版式由网站统一决定。',
    ];
  }
  const named = known.find((field) => CHINESE_FIELD_NAMES[field]?.includes(key.trim()));
  if (named)
    return [
      `字段名要用英文写：“${key}”应写作 ${named}。`,
      `把“${key}”改成 ${named}，冒号用半角，后面加一个空格。`,
    ];
  const guess = nearestKey(key, known);
  return [
    `${where}不认识的字段：${key}。`,
    `${guess ? `是否想写 ${guess}？` : '请检查拼写。'}可用字段：${known.join('、')}。`,
  ];
}
