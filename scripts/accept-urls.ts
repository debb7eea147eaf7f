// npm run urls:accept: after a build, adds every new permanent URL of dist/ to the
// published-URL registry, and records what each published numbered paragraph holds
// (a fingerprint of its words). It never removes a line: withdrawing a URL is done by hand.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntryFiles } from '../src/checks/entry-files.ts';
import { recordedFingerprints } from '../src/checks/paragraph-record.ts';
import { pageAnchors } from '../src/checks/speech-outlines.ts';
import {
  FINGERPRINT_FILE,
  readFingerprints,
  writeFingerprints,
} from '../src/checks/paragraph-fingerprints.ts';
import {
  BuiltSite,
  readRegistry,
  writeRegistry,
  REGISTRY_FILE,
} from '../src/checks/url-registry.ts';

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

const { entries } = loadEntryFiles(root);
const before = readFingerprints(root);
const record = recordedFingerprints(entries, pageAnchors(entries), before);
const changed = [...record].filter(([url, fingerprint]) => before.get(url) !== fingerprint);
writeFingerprints(root, record);
console.log(
  changed.length === 0
    ? `段落文字没有变化；${FINGERPRINT_FILE} 未改变。`
    : `已在 ${FINGERPRINT_FILE} 记下 ${changed.length} 个段落的文字指纹。`,
);
