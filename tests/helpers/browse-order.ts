import { join } from 'node:path';
import { readContent } from './content-files.ts';
import { ROOT } from './paths.ts';
import { gitLastUpdated } from '../../src/knowledge/last-updated.ts';

/**
 * The addresses of every entry in the order search browses them with no query, worked out
 * from the content files and git, not the site's code: the most recently changed first
 * (最后更新: last commit, else `updated`), the address breaking ties, as 按最后更新从新到旧 says.
 */
export function browseOrder(): string[] {
  const changed = gitLastUpdated(ROOT);
  return readContent(join(ROOT, 'content'))
    .map((entry) => {
      const file = `content/${entry.collection}/${entry.id}.mdx`;
      const updated = changed.get(file) ?? (entry.data.updated as string | undefined);
      return `${updated ?? '0000-00-00'} /${entry.collection}/${entry.id}/`;
    })
    .sort()
    .reverse()
    .map((key) => key.split(' ')[1]!);
}
