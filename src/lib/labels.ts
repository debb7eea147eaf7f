import type { CollectionName } from './content-files.ts';
import type { PartialDate } from '../schemas/common.ts';

/** What each collection is called on pages and in the search type filter. */
export const TYPE_LABELS: Readonly<Record<CollectionName, string>> = {
  speeches: '讲话',
  cases: '案例',
  concepts: '理念',
  sites: '示范点',
  glossary: '术语',
};

/** The sentence that opens each collection's list page. */
export const LIST_INTROS: Readonly<Record<CollectionName, string>> = {
  speeches: '领导讲话全文，按段编号，可逐段引用。',
  cases: '讲话所举的做法和提出的要求，每个案例标明是“已有做法”还是“部署要求”。',
  concepts: '城市基层党建的「大…共…」理念，每个理念页列出践行它的案例和示范点。',
  sites: '讲话提到的示范点和试点，每页列出在那里开展的案例。',
  glossary: '讲话和案例中的常用术语。正文里第一次出现的术语可以点开看释义。',
};

/** How a date is shown to readers: 2022年6月27日. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** How a date known to a year, month or day is shown: 约2019年, 2019年5月, 2019年5月20日. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.value.split('-').map(Number);
  const text = `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  return date.approximate ? `约${text}` : text;
}

/** The labels dates carry wherever they are shown, so no reader takes one date for another. */
export const DATE_LABELS = {
  /** A speech's `date`: when it was delivered. */
  delivered: '讲话日期',
  /** A speech's `published`: when the text used here was published or reposted. */
  published: '发布日期',
  /** A case's `date`: when the practice took place. */
  practised: '时间',
  /** A source's `date`. */
  issued: '发布日期',
  /** When the page last changed. */
  updated: '最后更新',
} as const;

/** The year of a date, for the search year filter. */
export const yearOf = (date: PartialDate) => date.value.slice(0, 4);
