// npm run package: builds the site for the address in SITE_URL and writes one archive of
// it (one folder holding the site, its nginx configuration and a deployment note), to carry
// to an intranet server that cannot reach the internet. The archive of the same day is
// replaced only once the new one is written and checked (scripts/lib/deploy/package-site.ts).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSiteAddress, SiteAddressError } from '../src/site/site-address.ts';
import { packageSite } from './lib/deploy/package-site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!process.env.SITE_URL?.trim()) {
  console.error(
    '请用 SITE_URL 写明网站在内网的地址再打包，例如：SITE_URL=http://10.0.0.5/zhishiku/ npm run package',
  );
  process.exit(1);
}
let address;
try {
  address = parseSiteAddress(process.env.SITE_URL);
} catch (error) {
  if (!(error instanceof SiteAddressError)) throw error;
  console.error(error.message);
  process.exit(1);
}

execFileSync(process.execPath, [join(root, 'scripts/build.ts')], {
  cwd: root,
  stdio: 'inherit',
});
const date = new Date().toISOString().slice(0, 10).replace(/-/g, '');
const archive = join(root, `jiceng-zhili-zhishiku-${date}.tar.gz`);
let files: number;
try {
  files = await packageSite(join(root, 'dist'), address, archive);
} catch (error) {
  console.error(`没有写出部署包：${(error as Error).message}`);
  process.exit(1);
}
console.log(
  `已写好部署包 ${archive}（${files} 个文件，已读回核对）：解压出的文件夹里有“部署说明.txt”，照着放到服务器上。`,
);
