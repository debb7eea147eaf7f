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
        # 页面、检索入口等文件名固定的文件：浏览器每次向服务器确认有无新版
        add_header Cache-Control "no-cache" always;
        try_files $uri $uri/ =404;
        # 找不到的网址显示网站自己的 404 页，状态码仍是 404
        error_page 404 ${at('404.html')};

        # 文件名里带内容指纹的文件：内容一变文件名就变，可放心缓存一年
        location ${at('_astro/')} {
            add_header Cache-Control "public, max-age=31536000, immutable" always;
        }
        location ~ ^${base.replace(/\./g, '\\.')}pagefind/.+\\.pf_(fragment|index|filter|meta)$ {
            add_header Cache-Control "public, max-age=31536000, immutable" always;
        }
    }
}
`;
}
