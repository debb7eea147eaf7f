import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../common/collections.ts';
import { error, FILE_START, type Finding } from './finding.ts';
import type { LinkProblem } from './links.ts';

/**
 * The link check's problems as findings of the file each page is made from, so
 * that they reach the forge's review surface (GitHub annotations, GitLab Code
 * Quality) like the content check's: an entry's page is its `.mdx` file; any other
 * page (lists, the matrix, the sitemap) is named by its built file.
 */
export function linkFindings(root: string, problems: readonly LinkProblem[]): Finding[] {
  return problems.map(({ page, message }) => {
    const [, collection = '', id = ''] = /^\/([^/]+)\/([^/]+)\/$/.exec(page) ?? [];
    const source = `content/${collection}/${id}.mdx`;
    const file =
      (COLLECTIONS as readonly string[]).includes(collection) && existsSync(join(root, source))
        ? source
        : `dist${page.endsWith('/') ? `${page}index.html` : page}`;
    return error(file, FILE_START, 'built-link', `页面 ${page}：${message}`);
  });
}
