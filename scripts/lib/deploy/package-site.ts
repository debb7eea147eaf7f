import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteAddress } from '../../../src/lib/site-address.ts';
import { nginxServerBlock } from './nginx-config.ts';

/** Where the deployment note tells administrators to unpack, and the nginx block's root. */
export const WEB_ROOT = '/var/www';

/** The folder the archive unpacks to: the sub-path's last segment, or `site` for a site at the host's root. */
export const siteFolder = (base: string) => base.split('/').filter(Boolean).join('/') || 'site';

/** The short deployment note (部署说明) for the server's administrator, shipped in the archive. */
export function deploymentNote(address: SiteAddress, archive: string, built: string): string {
  const folder = siteFolder(address.base);
  const parent = [WEB_ROOT, ...folder.split('/').slice(0, -1)].join('/');
  return `城乡社区治理与基层党建知识库：部署说明
======================================

本压缩包是已构建好的静态网站，运行时不需要联网，也不访问任何其他主机。
构建时设定的网站地址：${address.url}
构建时间：${built}

压缩包里有：${folder}/（网站文件）、nginx.conf（nginx 配置）、部署说明.txt（本文件）。

一、放置文件
  mkdir -p /tmp/kb-package && tar -xzf ${archive} -C /tmp/kb-package
  rm -rf ${WEB_ROOT}/${folder} && mkdir -p ${parent} && cp -r /tmp/kb-package/${folder} ${parent}/
  网站文件就在 ${WEB_ROOT}/${folder}/ 下（首页是其中的 index.html）；更新时同样先删旧文件夹再放新的。
  网址的路径必须与构建时一致：${address.url}
  要换地址，需要用新的 SITE_URL 重新构建、重新打包。

二、nginx 配置
  同目录的 nginx.conf 是完整的 server 配置，放进 /etc/nginx/conf.d/ 即可；
  与别的网站共用主机时，只取其中 location ${address.base} { … } 一段放进已有的 server。
  brotli_static 需要软件包 libnginx-mod-http-brotli-static；装不了时删去那一行。
  然后：nginx -t && systemctl reload nginx

三、检查
  curl -sI -H 'Accept-Encoding: br' ${address.url} | grep -i -e '^HTTP' -e content-encoding
    应看到 200 和 Content-Encoding: br（未装 brotli 模块时用 gzip 试：-H 'Accept-Encoding: gzip'）
  curl -sI ${address.url}no-such-page/ | head -1
    应看到 404
  用浏览器打开 ${address.url}search/ ，搜“网格化”，应有结果。

四、HTTPS
  有条件时请用单位证书开启 HTTPS，并以 https:// 开头的 SITE_URL 重新构建。
`;
}

/**
 * Writes one .tar.gz of the built site `dist` for carrying to an intranet server:
 * the site in a folder named after its sub-path, the nginx block for it, and the
 * deployment note. Uses the system's `tar`, which Linux, macOS and Windows 10+ have.
 */
export async function packageSite(
  dist: string,
  address: SiteAddress,
  archive: string,
  built = new Date().toISOString().slice(0, 16).replace('T', ' '),
): Promise<void> {
  const staging = await mkdtemp(join(tmpdir(), 'kb-package-'));
  try {
    await cp(dist, join(staging, siteFolder(address.base)), { recursive: true });
    await writeFile(
      join(staging, 'nginx.conf'),
      nginxServerBlock({
        base: address.base,
        webRoot: address.base === '/' ? `${WEB_ROOT}/${siteFolder('/')}` : WEB_ROOT,
        serverName: new URL(address.url).hostname,
      }),
    );
    const name = archive.split(/[\\/]/).pop()!;
    await writeFile(join(staging, '部署说明.txt'), deploymentNote(address, name, built));
    execFileSync('tar', ['-czf', archive, '-C', staging, '.']);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
