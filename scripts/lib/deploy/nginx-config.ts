/** Where nginx serves the site from. */
export interface NginxSite {
  /** The site's path on the host, `/` or a sub-path such as `/zhishiku/` (the path of SITE_URL). */
  base: string;
  /** The folder the built site's folder sits in: the site's files are at `<webRoot><base>`. */
  webRoot: string;
  /** What nginx listens on: a port, or address:port. */
  listen?: string;
  /**
   * The host name or IP address readers type (SITE_URL's host). Named, the block is
   * chosen over Debian's default site, which also listens on port 80.
   */
  serverName: string;
}

/**
 * Response headers that a page's own <meta> Content-Security-Policy cannot give
 * (meta tags cannot forbid framing), plus the ones security scanners (等保测评) look for.
 * Repeated in each location: nginx drops a block's add_header lines in any nested
 * location that has add_header lines of its own.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  [
    'Content-Security-Policy',
    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  ],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
];

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The add_header lines of a location: how long to cache, then the security headers. */
function headers(cacheControl: string, indent: string): string {
  return [['Cache-Control', cacheControl] as const, ...SECURITY_HEADERS]
    .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
    .join('\n');
}

/**
 * The nginx server block the README gives deployers, and the one the tests run
 * nginx with: files sent precompressed, hashed files cached for a year and the
 * rest revalidated, the site's own 404 page with status 404.
 * @example nginxServerBlock({ base: '/zhishiku/', webRoot: '/var/www', serverName: '10.0.0.5' })
 */
export function nginxServerBlock({ base, webRoot, listen = '80', serverName }: NginxSite): string {
  const at = (path: string) => `${base}${path}`;
  return `server {
    listen ${listen};
    server_name ${serverName};
    # 出错页和响应头里不写 nginx 的版本号
    server_tokens off;
    # 网站文件放在 ${webRoot}${base} 下（把构建出的 dist/ 里的内容放进这个文件夹）
    root ${webRoot.replace(/\/$/, '')};
    # 目录跳转（${at('cases')} → ${at('cases/')}）不写主机名和端口，经反向代理也不出错
    absolute_redirect off;

    location ${base} {
        # 构建时已为每个文本文件生成 .br 和 .gz 压缩版，nginx 直接发送，不再临时压缩
        gzip_static on;
        # brotli_static 需要软件包 libnginx-mod-http-brotli-static；装不了时删去这一行，其余照常
        brotli_static on;
        gzip_vary on;
        # 页面、检索入口等文件名固定的文件：浏览器每次向服务器确认有无新版。
        # 其后是安全响应头：不许别的网站用框架嵌入本站、不许浏览器猜文件类型、
        # 链接到别的网站时不带本站网址、关掉本站用不到的摄像头定位等权限。
        # 下面两个 location 各自重复这几行：nginx 的内层 location 一旦有 add_header，就不再继承外层的。
${headers('no-cache', '        ')}
        try_files $uri $uri/ =404;
        # 找不到的网址显示网站自己的 404 页，状态码仍是 404
        error_page 404 ${at('404.html')};

        # 文件名里带内容指纹的文件：内容一变文件名就变，可放心缓存一年
        location ${at('_astro/')} {
${headers(IMMUTABLE, '            ')}
        }
        location ~ ^${base.replace(/\./g, '\\.')}pagefind/.+\\.pf_(fragment|index|filter|meta)$ {
${headers(IMMUTABLE, '            ')}
        }
    }
}
`;
}
