import { PLACEHOLDER } from '../../site/new-entry.ts';
import { error, type Finding } from '../finding.ts';
import { textValues, type CheckContext } from '../context.ts';
import { placeInText, walk } from '../mdx-tree.ts';

/** Fields whose placeholder needs more than “write the real content”, by field name: a Map, since the name is the editor's (a `constructor:` field must not find Object's). */
const FIXES: ReadonlyMap<string, string> = new Map([
  [
    'status',
    '讲话说已经有的（参观过、作过介绍、已经建成的），写 status: 已有；讲话要求建设、开展或推广的（试点、示范带等），写 status: 部署要求。这一行不能删。',
  ],
  ['date', '写成来源写明的日期，例如 2019-05-20 或 2019；来源没有写明就删去这一行。'],
  [
    'kind',
    '来源说已经开展、取得了成绩的，写 kind: 已有做法；讲话或文件要求去做的，写 kind: 部署要求。这一行不能删。',
  ],
]);

const MESSAGE = (text: string) => `模板里的占位文字“${text}”还没有换成真实内容，会原样发布。`;

/**
 * Text that `npm run new` (or the 新增案例 link) put in for the editor to replace:
 * published as it is, it would read “【请填写】” to every reader.
 */
export function checkPlaceholders({ entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    for (const { path, value } of textValues(entry.data ?? {})) {
      const match = PLACEHOLDER.exec(value);
      if (!match) continue;
      const fix =
        FIXES.get(String(path.at(-1))) ?? '换成来源能支持的真实内容；确实没有可写的，删去这一行。';
      findings.push(
        error(entry.file, entry.positions.valueAt(path), 'placeholder', MESSAGE(match[0]), fix),
      );
    }
    if (!entry.tree) continue;
    walk(entry.tree, (node) => {
      const match = node.type === 'text' && node.value ? PLACEHOLDER.exec(node.value) : null;
      if (match)
        findings.push(
          error(
            entry.file,
            placeInText(node, match.index),
            'placeholder',
            MESSAGE(match[0]),
            '换成真实内容；这一节确实没有可写的内容时，连同它的小标题一起删除。',
          ),
        );
    });
  }
  return findings;
}
