// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { parseHeadingNumber } from './numbering.ts';
import { toChineseNumeral } from './chinese-numerals.ts';
import { paragraphLabel } from './anchors.ts';

/** Where a paragraph sits, as the headings above it say, and the number it shows. */
export interface ParagraphPlace {
  /** The part heading's text (一、……), if the paragraph is in a numbered part. */
  part?: string;
  /** The section heading's text (（二）…… or 二是……) inside that part, if any. */
  section?: string;
  /** The nearest other heading (背景, 做法, …), for entries whose headings are not numbered. */
  heading?: string;
  /** After a `***` that ends the numbered parts: the closing (结束语), which is under no heading. */
  closing?: boolean;
  /** The number printed beside the paragraph and in its link (paragraphLabel): 14 for #p-14, 12a for #p-12a. */
  number: string;
}

/**
 * How a citation names a paragraph: by the number printed beside it and in its
 * link, everywhere, with where it sits in front: 第三部分（二）第14段;
 * 第四部分“二是强化改革创新”第18段 for a part whose sections are 一是…四是 (their
 * run-in words read as a name, 二是 alone does not); 结束语第21段 after the
 * numbered parts; “做法”部分第2段 under a plain heading; 第2段 before any heading.
 * The number is never a count within the section: a reader finds the paragraph
 * by the number beside it, and the link (#p-14) carries the same one.
 * @example paragraphLocator({ part: '三、树立城市党建理念', section: '（二）树立……', number: '14' }) // '第三部分（二）第14段'
 */
export function paragraphLocator(place: ParagraphPlace): string {
  const paragraph = `第${place.number}段`;
  if (place.closing) return `结束语${paragraph}`;
  const part = place.part ? parseHeadingNumber(place.part) : undefined;
  if (part?.kind === 'part') {
    const section = place.section ? parseHeadingNumber(place.section) : undefined;
    const where =
      section?.kind === 'section'
        ? `（${toChineseNumeral(section.n)}）`
        : section?.kind === 'point'
          ? quoted(leadWords(place.section!.trim(), section.marker))
          : '';
    return `第${toChineseNumeral(part.n)}部分${where}${paragraph}`;
  }
  if (place.heading) return `${quoted(place.heading)}部分${paragraph}`;
  return paragraph;
}

/** The short name of a paragraph, the number beside it and nothing else: 第14段 for p-14. */
export const paragraphName = (anchor: string) =>
  paragraphLocator({ number: paragraphLabel(anchor) });

/**
 * A 一是 heading's run-in words, up to its first mark of a pause: 二是强化改革创新
 * of 二是强化改革创新，狠抓落实; a mark right after 二是 (二是：……) is passed over.
 */
const leadWords = (heading: string, marker: string) =>
  marker +
  heading
    .slice(marker.length)
    .replace(/^[，：、,:\s]+/, '')
    .split(/[，。；：！？,;:!?]/)[0]!
    .trim();

/** Words set in “…” inside a sentence; quotation marks within them become ‘…’. */
const quoted = (words: string) => `“${words.replace(/“/g, '‘').replace(/”/g, '’')}”`;

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
 * 《在全市……的讲话》（约2019年）第三部分（二）第14段 https://…/#p-14
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
