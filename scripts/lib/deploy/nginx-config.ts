import type { SiteAddress } from '../../../src/site/site-address.ts';
import { listenFor } from './listen.ts';
import { policyMap, policyVariable, SECURITY_HEADERS } from './security-headers.ts';
import { nginxRoot, siteFolder } from './site-folder.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** add_header lines, `always` so that error pages and redirects carry them too. */
function headerLines(headers: ReadonlyArray<readonly [string, string]>, indent: string): string {
  return headers.map(([name, value]) => `${indent}add_header ${name} ${value} always;`).join('\n');
}

/**
 * The nginx configuration of the site at `address` (SITE_URL): the README gives it to
 * deployers, `npm run package` ships it as nginx.conf, and the tests run nginx with it.
 * A map of each response type to its Content-Security-Policy, then a server block that
 * listens where SITE_URL says, sends files precompressed, caches hashed files for a year
 * and revalidates the rest, answers unknown addresses and dotfiles with the site's 404
 * page, and sends the security headers on every response, nginx's own errors included.
 * @example nginxConfig(parseSiteAddress('http://10.0.0.5/zhishiku/'))
 */
export function nginxConfig(address: SiteAddress): string {
  const { base } = address;
  const folder = siteFolder(base);
  const variable = policyVariable(folder);
  const listen = listenFor(address);
  const host = new URL(address.url).hostname;
  const root = nginxRoot(base);
  const at = (path: string) => `${base}${path}`;
  // The base as a regular expression: only its dots need escaping (see parseSiteAddress).
  const pattern = base.replace(/\./g, '\\.');
  const security = [
    ['Content-Security-Policy', `$${variable}`] as const,
    ...SECURITY_HEADERS.map(([name, value]) => [name, `"${value}"`] as const),
  ];
  const cached = (cacheControl: string, indent: string) =>
    headerLines([['Cache-Control', `"${cacheControl}"`], ...security], indent);
  const tls = listen.tls
    ? `
    # 换成单位证书（含中间证书）和私钥的实际路径；文件不在时 nginx -t 会报错
    ssl_certificate /etc/nginx/ssl/${host.replace(/[^A-Za-z0-9.-]/g, '_')}.crt;
    ssl_certificate_key /etc/nginx/ssl/${host.replace(/[^A-Za-z0-9.-]/g, '_')}.key;`
    : '';
  // Only a site under a sub-path leaves the rest of the host to this block's own rules.
  const hostRoot =
    base === '/'
      ? ''
      : `
    # 打开主机的根地址时转到网站
    location = / {
        return 302 ${base};
    }
    location = ${base.replace(/\/$/, '')} {
        return 301 ${base};
    }
    # 网站以外的地址一律 404：${root} 里别的文件夹不经这个 server 发出去
    location / {
        return 404;
    }
`;
  return `# 城乡社区治理与基层党建知识库的 nginx 配置，网站地址 ${address.url}
# 整个文件放进 /etc/nginx/conf.d/（那里的文件都在 http { } 之内）。与别的网站共用一个 server 时，
# 把 map 一段放进 http { }（例如单独存成 conf.d 里的一个文件），location ${base} { … } 一段放进那个 server。

# 每个响应的内容安全策略（CSP），按响应的类型定：页面只加 <meta> 做不到的（不许被嵌入框架等），
# 脚本规则写在每个页面自己的 <meta> 里；脚本（含检索在后台运行的 pagefind-worker.js）只能从本站
# 取文件、运行 WebAssembly；其余的（图片、SVG、JSON、样式、检索索引）即使直接打开也什么都不能运行。
# 没有类型的响应（304）不加，浏览器沿用缓存里原来的。
${policyMap(variable)}

server {
    listen ${listen.address}${listen.tls ? ' ssl' : ''};
    server_name ${host};${tls}
    # 出错页和响应头里不写 nginx 的版本号
    server_tokens off;
    # 跳转不写主机名和端口，经反向代理也不出错
    absolute_redirect off;
    # 不经下面网站那一段的响应（nginx 自己的 400、414 出错页和跳转）也带安全响应头
${headerLines(security, '    ')}
${hostRoot}
    location ${base} {
        # 网站文件放在 ${root}${base === '/' ? '/' : base} 下（把构建出的 dist/ 里的内容放进这个文件夹）
        root ${root};
        # 目录跳转（${at('cases')} → ${at('cases/')}）不写主机名和端口
        absolute_redirect off;
        # 构建时已为每个文本文件生成 .br 和 .gz 压缩版，nginx 直接发送，不再临时压缩
        gzip_static on;
        # brotli_static 需要软件包 libnginx-mod-http-brotli-static；装不了时删去这一行，其余照常
        brotli_static on;
        gzip_vary on;
        # 页面、检索入口等文件名固定的文件：浏览器每次向服务器确认有无新版。
        # 其后是安全响应头：内容安全策略、不许别的网站用框架嵌入本站、不许浏览器猜文件类型、
        # 链接到别的网站时不带本站网址、关掉本站用不到的摄像头定位等权限。
        # 下面两个 location 各自重复这几行：nginx 的一层一旦有自己的 add_header，就不再继承外层的。
${cached('no-cache', '        ')}
        try_files $uri $uri/ =404;
        # 找不到的网址显示网站自己的 404 页，状态码仍是 404
        error_page 404 ${at('404.html')};

        # 以点开头的文件和文件夹（.git、.env、.htpasswd 等）不属于网站，一律 404
        location ~ ^${pattern}(.*/)?\\. {
            return 404;
        }
        # 文件名里带内容指纹的文件：内容一变文件名就变，可放心缓存一年
        location ${at('_astro/')} {
${cached(IMMUTABLE, '            ')}
        }
        location ~ ^${pattern}pagefind/.+\\.pf_(fragment|index|filter|meta)$ {
${cached(IMMUTABLE, '            ')}
        }
    }
}
`;
}
