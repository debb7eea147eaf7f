// npm run preview:site: after `npm run build`, writes preview-site/, the built site as a
// folder that opens from disk (double-click its index.html) and under any path, with a
// first page listing the pages this change adds, changes and removes. CI keeps it as the
// merge request's artifact, for forges without review environments (CONTRIBUTING 第 4 步).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../src/site/config.ts';
import { writePreviewCopy } from './lib/preview-copy/write-copy.ts';
import { siteChangesFor } from './lib/site-changes.ts';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(
    '还没有构建好的网站（dist/）：请先运行 npm run build，再运行 npm run preview:site。',
  );
  process.exit(1);
}
let commit: string | undefined;
try {
  commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout: the first page then says only when the copy was made.
}
const { changes, notice } = siteChangesFor(root);
const files = writePreviewCopy(dist, join(root, 'preview-site'), {
  siteName: siteConfig.title,
  commit,
  madeAt: new Date().toISOString(),
  changes,
  notice,
});
console.log(
  `[预览] 已写出 preview-site/（${files} 个网站文件）：双击其中的 index.html 打开，或在 preview-site/site 里起一个网站服务器。`,
);
