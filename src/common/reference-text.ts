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

/**
 * How a citation names a whole part or section (quoted by its anchor, part-3 or part-3-1):
 * where it sits as paragraphLocator says it, then its heading's words, so that 第二部分（四）
 * and 第三部分（四） are never both just （四）: 第三部分（一）“树立‘大党建共建’的理念……”;
 * 第四部分“二是强化改革创新” for a 一是 section (its run-in words are its name); 第三部分“树立……” for a part.
 * @param part the part heading's text (三、……)
 * @param section the section heading's text inside it, when a section is named
 */
export function sectionLocator(part: string, section?: string): string {
  const partNumber = parseHeadingNumber(part);
  if (partNumber?.kind !== 'part') return quoted((section ?? part).trim());
  const where = `第${toChineseNumeral(partNumber.n)}部分`;
  const words = (heading: string, marker: string) => heading.trim().slice(marker.length).trim();
  if (!section) return `${where}${quoted(words(part, partNumber.marker))}`;
  const sectionNumber = parseHeadingNumber(section);
  if (sectionNumber?.kind === 'section')
    return `${where}（${toChineseNumeral(sectionNumber.n)}）${quoted(words(section, sectionNumber.marker))}`;
  if (sectionNumber?.kind === 'point')
    return `${where}${quoted(leadWords(section.trim(), sectionNumber.marker))}`;
  return `${where}${quoted(section.trim())}`;
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
   * unknown; in a GB/T 7714 reference, when this page last changed (2026-11-30).
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
 * A GB/T 7714-2015 reference to this site's page: 主要责任者. 题名[EB/OL]. 出版者. (更新日期)[引用日期]. 获取和访问路径.
 * Every part names the page cited: its publisher is this site, its date the page's own
 * last change, its address the page's. The original a speech was copied from is not
 * dated here (its repost date beside this site's address would read as this page's):
 * the page says it in words ({@link originalNote}). An unknown author or date is left out.
 */
export function gbt7714Reference(
  source: CitationSource & { author?: string; publisher?: string; accessed: string },
): string {
  const author = source.author ? `${source.author}. ` : '';
  const publisher = source.publisher ? `${source.publisher}. ` : '';
  const date = source.date ? `(${source.date})` : '';
  return `${author}${source.title}[EB/OL]. ${publisher}${date}[${source.accessed}]. ${source.url}.`;
}

/**
 * What the page says, beside its reference, of the original text it reproduces: when
 * that was published and that it names no author, where so; no address, as none is known.
 * @example originalNote('2022年6月27日', undefined, '讲话人') // '所录原文2022年6月27日发布，原稿未署讲话人；原文的网址本站没有记录。参考文献中的日期和网址都是本页的。'
 */
export function originalNote(
  published: string | undefined,
  author: string | undefined,
  authorWord: string,
): string {
  const when = published ? `所录原文${published}发布` : '所录原文的发布日期不详';
  const who = author ? '' : `，原稿未署${authorWord}`;
  return `${when}${who}；原文的网址本站没有记录。参考文献中的日期和网址都是本页的。`;
}
