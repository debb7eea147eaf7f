// npm run urls:accept: after a build, adds every new permanent URL of dist/ to the
// published-URL registry. It never removes a line: withdrawing a URL is done by hand.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BuiltSite, readRegistry, writeRegistry, REGISTRY_FILE } from '../src/lib/url-registry.ts';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('找不到构建结果 dist/。请先运行 npm run build。');
  process.exit(1);
}
const registered = readRegistry(root) ?? [];
const known = new Set(registered);
const added = new BuiltSite(dist).permanentUrls().filter((url) => !known.has(url));
writeRegistry(root, [...registered, ...added]);
console.log(
  added.length === 0
    ? `没有新网址；${REGISTRY_FILE} 未改变。`
    : `已在 ${REGISTRY_FILE} 登记 ${added.length} 个新网址：\n${added.join('\n')}`,
);
