import { posix } from 'node:path';

/** What the rewriting needs to know about the built site. */
export interface SiteLayout {
  /** The path the site was built for, `/` or `/zhishiku/`. */
  base: string;
  /** The full address it was built for, ending in `/` (canonical links carry it). */
  url: string;
  /** Whether a path inside the site (no leading slash, `cases/x/index.html`) is a file of it. */
  hasFile: (path: string) => boolean;
}

/** Attributes whose value is one address that a reader follows or the page loads. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'cite', 'poster']);

/**
 * An address of the site as one relative to the page at `page` (a path inside the site,
 * `cases/x/index.html`), which opens from a folder on disk and under any sub-path: a
 * folder's address names its `index.html`, since no server adds it there. The query and
 * the #fragment are kept. Addresses elsewhere, and those already relative, are left alone.
 */
export function relativeAddress(address: string, page: string, site: SiteLayout): string {
  let inside: string | undefined;
  if (address.startsWith(site.url)) inside = address.slice(site.url.length);
  else if (address.startsWith(site.base) && !address.startsWith('//'))
    inside = address.slice(site.base.length);
  if (inside === undefined) return address;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(inside) ?? [];
  let file = path;
  if (file === '' || file.endsWith('/')) file += 'index.html';
  else if (!site.hasFile(file) && site.hasFile(`${file}/index.html`)) file += '/index.html';
  const relative = posix.relative(posix.dirname(page), file) || posix.basename(file);
  return relative + rest;
}

/** `srcset`: a comma-separated list of an address and a width or density each. */
function relativeSrcset(value: string, page: string, site: SiteLayout): string {
  return value
    .split(',')
    .map((candidate) =>
      candidate.replace(
        /^(\s*)(\S+)/,
        (_, space: string, address: string) => space + relativeAddress(address, page, site),
      ),
    )
    .join(',');
}

// One start tag with its attributes, quoted or not; a `>` inside a quoted value is part of it.
const START_TAG =
  /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The attributes of one start tag, their addresses made relative. */
function rewriteAttributes(tag: string, attributes: string, page: string, site: SiteLayout) {
  const isRefresh = tag === 'meta' && /http-equiv\s*=\s*["']?refresh/i.test(attributes);
  return attributes.replace(
    ATTRIBUTE,
    (whole, space: string, name: string, equals = '', dq?: string, sq?: string, bare?: string) => {
      const value = dq ?? sq ?? bare;
      if (value === undefined) return whole;
      const key = name.toLowerCase();
      let next = value;
      if (ADDRESS_ATTRIBUTES.has(key)) next = relativeAddress(value, page, site);
      else if (key === 'srcset') next = relativeSrcset(value, page, site);
      else if (key === 'content' && isRefresh)
        next = value.replace(
          /(url=)(\S+)/i,
          (_, lead: string, address: string) => lead + relativeAddress(address, page, site),
        );
      if (next === value) return whole;
      const quote = sq !== undefined ? "'" : '"';
      return `${space}${name}${equals}${quote}${next}${quote}`;
    },
  );
}

/**
 * The page at `page` with every address of the site in its tags made relative. Only
 * tags are read: text, comments and the bodies of scripts and styles stay byte for byte.
 */
export function rewritePageAddresses(html: string, page: string, site: SiteLayout): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next === -1) break;
    out += html.slice(at, next);
    if (html.startsWith('<!--', next)) {
      const end = html.indexOf('-->', next + 4);
      const stop = end === -1 ? html.length : end + 3;
      out += html.slice(next, stop);
      at = stop;
      continue;
    }
    START_TAG.lastIndex = next;
    const match = START_TAG.exec(html);
    if (!match) {
      out += '<';
      at = next + 1;
      continue;
    }
    const [whole, tag, attributes = ''] = match;
    const name = tag!.toLowerCase();
    const rewritten = rewriteAttributes(name, attributes, page, site);
    out += whole.replace(attributes, () => rewritten);
    at = next + whole.length;
    // Raw text: nothing inside a script or a style is a tag.
    if (name === 'script' || name === 'style') {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = at;
      const stop = close.exec(html)?.index ?? html.length;
      out += html.slice(at, stop);
      at = stop;
    }
  }
  return out + html.slice(at);
}
