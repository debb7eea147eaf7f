// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { parseHeadingNumber } from './numbering.ts';
import { toChineseNumeral } from './chinese-numerals.ts';

/** Where a paragraph sits, as the headings above it say. */
export interface ParagraphPlace {
  /** The part heading's text (一、……), if the paragraph is in a numbered part. */
  part?: string;
  /** The section heading's text (（二）…… or 二是……) inside that part, if any. */
  section?: string;
  /** The nearest other heading (背景, 做法, …), for entries whose headings are not numbered. */
  heading?: string;
  /** After a `***` that ends the numbered parts: the closing (结束语), which is under no heading. */
  closing?: boolean;
  /** The paragraph's position under that heading, from 1. */
  n: number;
}

/**
 * How a citation names a paragraph: 第三部分（二）第1段, 第四部分二是第1段,
 * “做法”部分第2段, 结束语第1段 after the numbered parts, or 第2段 before any heading.
 * @example paragraphLocator({ part: '三、树立城市党建理念', section: '（二）树立……', n: 1 }) // '第三部分（二）第1段'
 */
export function paragraphLocator(place: ParagraphPlace): string {
  const part = place.part ? parseHeadingNumber(place.part) : undefined;
  const section = place.section ? parseHeadingNumber(place.section) : undefined;
  if (place.closing) return `结束语第${place.n}段`;
  if (part?.kind === 'part') {
    const sectionLabel = section
      ? section.kind === 'section'
        ? `（${toChineseNumeral(section.n)}）`
        : `${toChineseNumeral(section.n)}是`
      : '';
    return `第${toChineseNumeral(part.n)}部分${sectionLabel}第${place.n}段`;
  }
  if (place.heading) return `“${place.heading}”部分第${place.n}段`;
  return `第${place.n}段`;
}

/** The data a citation is built from. */
export interface CitationSource {
  title: string;
  /**
   * In a paragraph citation, when the speech was given (约2019年), left out when
   * unknown; in a GB/T 7714 reference, when the text was published (2022-06-27).
   */
  date?: string;
  url: string;
}

/**
 * The citation a trainer pastes under a quotation, dated by when the speech was
 * given, never by when a copy was published:
 * 《在全市……的讲话》（约2019年）第三部分（二）第1段 https://…/#p-14
 */
export const paragraphCitation = (source: CitationSource, locator: string) =>
  `《${source.title}》${source.date ? `（${source.date}）` : ''}${locator} ${source.url}`;

/** Written where the 引用日期 goes until a reader copies the reference, which fills in the day. */
export const ACCESSED_PLACEHOLDER = '引用日期';

/**
 * A GB/T 7714-2015 reference to a web page: 主要责任者. 题名[EB/OL]. (发表或更新日期)[引用日期]. 获取和访问路径.
 * The date is the publication date of the text (for a speech, its `published`),
 * not the date the speech was given; the responsible party and an unknown date are left out.
 */
export function gbt7714Reference(
  source: CitationSource & { author?: string; accessed: string },
): string {
  const author = source.author ? `${source.author}. ` : '';
  const date = source.date ? `(${source.date})` : '';
  return `${author}${source.title}[EB/OL]. ${date}[${source.accessed}]. ${source.url}.`;
}
