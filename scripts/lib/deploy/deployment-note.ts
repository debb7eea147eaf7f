import type { SiteAddress } from '../../../src/site/site-address.ts';
import { listenFor } from './listen.ts';
import { policyVariable } from './security-headers.ts';
import { siteFolder, WEB_ROOT } from './site-folder.ts';

/** The deployment note's file name in the archive. */
export const NOTE_NAME = '部署说明.txt';

/** The folder an archive unpacks to: its file name without `.tar.gz`. */
export const topFolder = (archiveName: string) => archiveName.replace(/\.t(ar\.)?gz$/, '');

/**
 * The short deployment note (部署说明) for the server's administrator, shipped in the
 * archive `archiveName`: where to unpack, the nginx configuration and how to put the site
 * on a server that already runs, how to check. Lines end in `\n`; see forNotepad.
 */
export function deploymentNote(address: SiteAddress, archiveName: string, built: string): string {
  const { base } = address;
  const folder = siteFolder(base);
  const top = topFolder(archiveName);
  const parent = [WEB_ROOT, ...folder.split('/').slice(0, -1)].join('/');
  const listen = listenFor(address);
  const url = new URL(address.url);
  const origin = `${url.origin}/`;
  const standardPort = listen.port === (listen.tls ? 443 : 80);
  const variable = policyVariable(folder);
  const server = [
    `  nginx.conf 里是一段 map（按响应的类型定内容安全策略）和一个监听 ${listen.port} 端口的 server（端口取自网站地址），`,
    base === '/'
      ? `  打开 ${origin} 就是网站。`
      : `  这个 server 只发送本站：打开 ${origin} 会转到网站，本站以外的地址都是 404。`,
    ...(listen.tls
      ? [
          '  先把 nginx.conf 里 ssl_certificate、ssl_certificate_key 两行换成单位证书和私钥的实际路径。',
        ]
      : []),
    `    cp /tmp/${top}/nginx.conf /etc/nginx/conf.d/${folder.replace(/\//g, '-')}.conf`,
    '    nginx -t && systemctl reload nginx',
    standardPort
      ? `  主机上已有别的网站也监听 ${listen.port} 端口时，nginx 按 server_name（${url.hostname}）区分，互不影响。`
      : `  ${listen.port} 不是常用端口，服务器的防火墙要放行它（用 firewalld 的：firewall-cmd --permanent --add-port=${listen.port}/tcp && firewall-cmd --reload）。`,
    '  brotli_static 需要软件包 libnginx-mod-http-brotli-static；装不了时删去那一行，其余照常。',
  ];
  const existing = [
    '',
    standardPort
      ? `  要放进已在运行、同一主机名的 server { }（与别的网站共用）：`
      : `  要放进已在 80 端口上运行的 nginx server（读者不用输端口）：先用不带端口的地址重新打包\n    SITE_URL=${url.protocol}//${url.hostname}${base} npm run package\n  再用新包的 nginx.conf：`,
    `  其中 map … { … } 一段放进 http { }（单独存成 /etc/nginx/conf.d/${folder.replace(/\//g, '-')}-csp.conf 即可），`,
    `  location ${base} { … } 一段放进那个 server { }。少了 map，nginx -t 会报 unknown "${variable}" variable。`,
    `  前面另有网关或别的服务器占着端口、要由它转发时：SITE_URL 写读者输入的地址，把 nginx.conf 里的`,
    `  listen 改成内部端口（如 listen 127.0.0.1:8080;），由前面的服务器把 ${base} 开头的请求原样转过来。`,
  ];
  const checks = [
    `  curl -sI -H 'Accept-Encoding: br' ${address.url} | grep -i -e '^HTTP' -e content-encoding`,
    "    应看到 200 和 Content-Encoding: br（未装 brotli 模块时用 gzip 试：-H 'Accept-Encoding: gzip'）",
    `  curl -sI ${address.url}no-such-page/ | head -1`,
    '    应看到 404',
    ...(base === '/'
      ? []
      : [
          `  curl -sI ${origin} | grep -i -e '^HTTP' -e '^location'`,
          `    应看到 302 和 Location: ${base}`,
        ]),
    `  用浏览器打开 ${address.url}search/ ，搜“网格化”，应有结果。`,
    ...(listen.tls ? ['  证书不是公认机构签发的，curl 要加 -k。'] : []),
  ];
  const https = listen.tls
    ? ['  本包已按 HTTPS 配置；证书到期前记得更换。']
    : [
        '  有条件时请用单位证书开启 HTTPS：以 https:// 开头的 SITE_URL 重新打包，nginx.conf 就改为',
        '  listen 443 ssl，再把其中 ssl_certificate、ssl_certificate_key 两行换成证书和私钥的实际路径。',
      ];
  return [
    '城乡社区治理与基层党建知识库：部署说明',
    '======================================',
    '',
    '本压缩包是已构建好的静态网站，运行时不需要联网，也不访问任何其他主机。',
    `网站地址（构建时的 SITE_URL）：${address.url}`,
    `构建时间：${built}`,
    '',
    `解压后是一个文件夹 ${top}/，里面有：`,
    `  ${folder}/ —— 网站文件（首页是其中的 index.html）`,
    '  nginx.conf —— nginx 配置，按上面的地址写好',
    `  ${NOTE_NAME} —— 本文件`,
    '文件夹都是 755、文件都是 644，属主 root；解压到哪里都只多出这一个文件夹。',
    '',
    '一、放置文件（以 root 执行；先把压缩包拷到服务器的 /tmp 下）',
    `    cd /tmp && tar -xzf ${archiveName}`,
    `    rm -rf ${WEB_ROOT}/${folder} && mkdir -p ${parent} && cp -r /tmp/${top}/${folder} ${parent}/`,
    `  网站文件就在 ${WEB_ROOT}/${folder}/ 下；更新时同样执行这两行，旧的网站文件夹会先删掉。`,
    '  网址的路径和端口必须与构建时一致；要换地址或端口，需要用新的 SITE_URL 重新构建、重新打包。',
    '',
    '二、nginx 配置',
    ...server,
    ...existing,
    '',
    '三、检查',
    ...checks,
    '',
    '四、HTTPS',
    ...https,
    '',
  ].join('\n');
}

/**
 * The note as Windows Notepad shows it right: UTF-8 with a byte-order mark (without one,
 * the Notepad of older Windows reads it in the local code page, GBK, as mojibake) and CRLF
 * line ends (before Windows 10 1809 it shows LF-only text as one long line).
 */
export const forNotepad = (text: string) =>
  Buffer.from(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}`, 'utf8');
