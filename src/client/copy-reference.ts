import { gbt7714Reference, paragraphCitation, paragraphName } from '../common/reference-text.ts';
import { today } from './clipboard.ts';

/**
 * What 复制引用 copies for a paragraph of `page` (the page being read, or one fetched
 * for a 学习单), from the data the page carries: its title, the date the speech was
 * given and the paragraph's place. `known` stands in when the page could not be read.
 */
export function citeParagraph(
  page: Document | undefined,
  anchor: string,
  url: string,
  known: { title: string; locator?: string },
): string {
  const article = page?.querySelector<HTMLElement>('article[data-cite-title]');
  const locator =
    page?.getElementById(anchor)?.dataset.cite ?? known.locator ?? paragraphName(anchor);
  return paragraphCitation(
    {
      title: article?.dataset.citeTitle ?? known.title,
      date: article?.dataset.citeDate ?? '',
      url,
    },
    locator,
  );
}

/** What 复制参考文献 copies for `page`: its GB/T 7714 reference, with today as 引用日期. */
export function citePage(page: Document | undefined, url: string, title: string): string {
  const reference = page?.querySelector<HTMLElement>('[data-reference]');
  return gbt7714Reference({
    author: reference?.dataset.referenceAuthor || undefined,
    publisher: reference?.dataset.referencePublisher || undefined,
    title: page?.querySelector<HTMLElement>('article[data-cite-title]')?.dataset.citeTitle ?? title,
    date: reference?.dataset.referenceDate ?? '',
    url,
    accessed: today(),
  });
}
