import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { SITE_DIST } from '../helpers/paths.ts';

/** Attributes that make a browser fetch something as the page loads or is used. */
const FETCHING = [
  ['script', 'src'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['form', 'action'],
  ['input', 'src'],
  ['image', 'href'],
  ['use', 'href'],
] as const;
// A canonical link names the page's own address; it is never fetched.
const NOT_FETCHED_LINK_RELS = new Set(['canonical']);
const isOtherHost = (url: string) => /^(https?:)?\/\//i.test(url.trim());

describe('no page references another host', () => {
  test.each(htmlPages(SITE_DIST))('%s loads nothing from another host', (path) => {
    const page = readPage(SITE_DIST, path);
    const offending: string[] = [];
    for (const [tag, attribute] of FETCHING) {
      for (const element of page.querySelectorAll(`${tag}[${attribute}]`)) {
        if (tag === 'link' && NOT_FETCHED_LINK_RELS.has(element.getAttribute('rel') ?? ''))
          continue;
        const value = element.getAttribute(attribute) ?? '';
        if (value.split(',').some((candidate) => isOtherHost(candidate)))
          offending.push(`<${tag} ${attribute}="${value}">`);
      }
    }
    for (const style of page.querySelectorAll('style'))
      if (/url\(\s*['"]?(https?:)?\/\//i.test(style.text)) offending.push('<style> url()');
    for (const meta of page.querySelectorAll('meta[http-equiv="refresh"]')) {
      if (isOtherHost(meta.getAttribute('content')?.split(/url=/i)[1] ?? ''))
        offending.push(`<meta http-equiv="refresh" content="${meta.getAttribute('content')}">`);
    }
    expect(offending).toEqual([]);
  });

  test('no stylesheet or script references another host', () => {
    const assets = readdirSync(join(SITE_DIST, '_astro')).filter((name) =>
      /\.(css|js)$/.test(name),
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const name of assets) {
      const text = readFileSync(join(SITE_DIST, '_astro', name), 'utf8');
      expect(
        text.match(
          /url\(\s*['"]?(https?:)?\/\/[^)]*\)|@import\s+['"]?(https?:)?\/\/|\bimport\(\s*['"](https?:)?\/\//gi,
        ),
        name,
      ).toBeNull();
    }
  });
});
