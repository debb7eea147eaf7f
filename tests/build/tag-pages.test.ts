import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { htmlPages, hrefs, readPage } from '../helpers/dist.ts';
import { listOf, readContent, type ContentFile } from '../helpers/content-files.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

const content = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const of = (collection: string) => content.filter((entry) => entry.collection === collection);
const cases = of('cases');
const pages = htmlPages(SITE_DIST);

/** Does `entry` name `target` in `field`, by id or by title? */
const names = (entry: ContentFile, field: string, target: ContentFile) =>
  listOf(entry.data, field).some((value) => value === target.id || value === target.data.title);

/** The case links listed on a tag page and on all its numbered continuation pages. */
function listedCases(collection: string, id: string): string[] {
  const paths = pages.filter(
    (path) =>
      path === `/${collection}/${id}/` || new RegExp(`^/${collection}/${id}/\\d+/$`).test(path),
  );
  return paths
    .flatMap((path) => hrefs(readPage(SITE_DIST, path), 'section[aria-labelledby="cases"] li > a'))
    .sort();
}

describe.each(of('concepts').map((concept) => [concept.data.title as string, concept]))(
  'concept page of %s',
  (_, concept) => {
    test('lists exactly the cases tagged with it', () => {
      const expected = cases
        .filter((entry) => names(entry, 'concepts', concept))
        .map((entry) => `/cases/${entry.id}/`)
        .sort();
      expect(listedCases('concepts', concept.id)).toEqual(expected);
    });

    test('lists exactly the model sites whose cases practise it', () => {
      const expected = of('sites')
        .filter((site) =>
          cases.some((entry) => names(entry, 'concepts', concept) && names(entry, 'sites', site)),
        )
        .map((site) => `/sites/${site.id}/`)
        .sort();
      const listed = hrefs(
        readPage(SITE_DIST, `/concepts/${concept.id}/`),
        'section[aria-labelledby="sites"] li > a',
      ).sort();
      expect(listed).toEqual(expected);
    });

    test('quotes, word for word, and links the part-3 passage of the speech that introduces it', () => {
      const quotes = readPage(SITE_DIST, `/concepts/${concept.id}/`).querySelectorAll(
        '.speech-quote',
      );
      const quote = quotes.find((figure) =>
        /#part-3-\d$/.test(figure.querySelector('figcaption a')?.getAttribute('href') ?? ''),
      );
      const href = quote?.querySelector('figcaption a')?.getAttribute('href') ?? '';
      const [, speechPath, anchor] = /^(\/speeches\/[a-z0-9-]+\/)#(part-3-\d)$/.exec(href) ?? [];
      expect(anchor, href).toBeDefined();
      const speech = readPage(SITE_DIST, speechPath!);
      expect(speech.getElementById(anchor!)?.text).toContain(concept.data.title);
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(squash(speech.querySelector('.prose')!.text)).toContain(
        squash(quote!.querySelector('blockquote')!.text),
      );
    });

    test('gives the framing of part three, where the speech sets out all four concepts', () => {
      const quoted = readPage(SITE_DIST, `/concepts/${concept.id}/`)
        .querySelectorAll('.speech-quote')
        .map((figure) => figure.getAttribute('data-at'));
      expect(quoted).toContain('p-12');
    });
  },
);

describe.each(of('sites').map((site) => [site.data.title as string, site]))(
  'model-site page of %s',
  (_, site) => {
    test('lists exactly the cases at it', () => {
      const expected = cases
        .filter((entry) => names(entry, 'sites', site))
        .map((entry) => `/cases/${entry.id}/`)
        .sort();
      expect(listedCases('sites', site.id)).toEqual(expected);
    });

    test('shows the concepts its cases practise', () => {
      const expected = of('concepts')
        .filter((concept) =>
          cases.some((entry) => names(entry, 'sites', site) && names(entry, 'concepts', concept)),
        )
        .map((concept) => `/concepts/${concept.id}/`)
        .sort();
      const page = readPage(SITE_DIST, `/sites/${site.id}/`);
      const row = page
        .querySelectorAll('dl > div')
        .find((div) => div.querySelector('dt')?.text === '相关理念');
      expect(row ? hrefs(row).sort() : []).toEqual(expected);
    });
  },
);

describe('case pages', () => {
  test.each(cases.map((entry) => [entry.id, entry]))(
    '%s links its concepts and sites',
    (_, entry) => {
      const page = readPage(SITE_DIST, `/cases/${entry.id}/`);
      const linked = hrefs(page, 'dl a');
      for (const concept of of('concepts').filter((c) => names(entry, 'concepts', c)))
        expect(linked).toContain(`/concepts/${concept.id}/`);
      for (const site of of('sites').filter((s) => names(entry, 'sites', s)))
        expect(linked).toContain(`/sites/${site.id}/`);
    },
  );
});
