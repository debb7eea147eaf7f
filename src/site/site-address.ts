/** Where a deployment serves the site, read from SITE_URL. */
export interface SiteAddress {
  /** The full address, always ending in `/`: `http://10.0.0.5/zhishiku/`. */
  url: string;
  /** The path the site lives under, `/` or `/zhishiku/`: every page, asset and link starts with it. */
  base: string;
}

/** What SITE_URL is when it is not set: the local preview. */
export const LOCAL_ADDRESS = 'http://localhost:4321/';

/** Path segments a sub-path may have: ASCII that needs no escaping in a URL or an nginx `location`. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** A SITE_URL that cannot serve the site, with what to write instead. */
export class SiteAddressError extends Error {
  constructor(value: string, why: string) {
    super(
      `SITE_URL 的值“${value}”不能用：${why}。应写网站的完整地址，例如 http://10.0.0.5/zhishiku/ 或 https://zhishiku.example.gov.cn/。`,
    );
    this.name = 'SiteAddressError';
  }
}

/**
 * Reads SITE_URL: an http or https address, optionally with a path under which
 * the whole site is deployed (`http://10.0.0.5/zhishiku/`). Unset or empty (as CI
 * systems often leave variables) it is the local preview.
 * @throws {SiteAddressError} naming the value and the fix when it is no such address
 * @example parseSiteAddress('http://10.0.0.5/zhishiku') // { url: 'http://10.0.0.5/zhishiku/', base: '/zhishiku/' }
 */
export function parseSiteAddress(value: string | undefined): SiteAddress {
  const text = (value ?? '').trim();
  if (!text) return { url: LOCAL_ADDRESS, base: '/' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SiteAddressError(text, '不是完整的网址（要以 http:// 或 https:// 开头）');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SiteAddressError(text, `网址要以 http:// 或 https:// 开头，不能是 ${url.protocol}//`);
  if (!/^https?:\/\/[^/]/i.test(text))
    throw new SiteAddressError(text, '“//”后面要紧跟主机名或 IP 地址');
  if (url.username || url.password) throw new SiteAddressError(text, '不能带用户名或密码');
  if (url.search || url.hash || /[?#]/.test(text))
    throw new SiteAddressError(text, '不能带“?”或“#”后面的部分');
  if (/\/\.{1,2}(\/|$)/.test(text.replace(/^https?:\/\/[^/]*/i, '')))
    throw new SiteAddressError(text, '路径里不能有“.”或“..”这样的段');
  const segments = url.pathname.split('/').filter(Boolean);
  const bad = segments.find((segment) => !SEGMENT.test(decodeURIComponent(segment)));
  if (bad !== undefined)
    throw new SiteAddressError(
      text,
      `路径“${decodeURIComponent(url.pathname)}”只能用英文字母、数字和 . _ ~ -，每段之间用 / 分开`,
    );
  const base = segments.length > 0 ? `/${segments.join('/')}/` : '/';
  return { url: `${url.origin}${base}`, base };
}
