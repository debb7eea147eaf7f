import { isParagraphAnchor } from '../../common/anchors.ts';

/**
 * The version of the full format, which spells out every title and locator: what this browser
 * stores, and what shared links carried before the compact format (share-link.ts, version 2).
 * Links in it keep opening as long as it is read here.
 */
export const PACK_VERSION = 1;

/** One thing in a course pack (学习单): a paragraph of a speech or case, or a whole entry. */
export interface PackItem {
  /** The page's path on this site, e.g. /speeches/x/. */
  url: string;
  /** The paragraph's anchor, e.g. p-14, for a paragraph. */
  anchor?: string;
  /** The page's title. */
  title: string;
  /** Where the paragraph is, e.g. 第三部分（二）第1段. */
  locator?: string;
  /** A whole case's 学习要点, brought along when it was added. */
  points?: string[];
  /** A whole case's sections the trainer chose to include (the ids of their headings, e.g. practice); none: its summary only. */
  sections?: string[];
}

/** A course pack: what a trainer gathered, in order, and the discussion questions. */
export interface Pack {
  v: typeof PACK_VERSION;
  title: string;
  items: PackItem[];
  /** 研讨题, in order. */
  questions: string[];
}

/** An empty pack. */
export const emptyPack = (): Pack => ({
  v: PACK_VERSION,
  title: '学习单',
  items: [],
  questions: [],
});

const MAX_ITEMS = 100;
/** Questions a pack holds at most; a case's 研讨题 beyond this are not added. */
export const MAX_QUESTIONS = 50;
const MAX_POINTS = 20;
const MAX_TEXT = 500;
/** Sections a case item includes at most: cases have four (背景、做法、成效、经验启示). */
export const MAX_SECTIONS = 10;

/** A section's heading id as the case page gives it (background, practice, …). */
export const isSectionId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(value);

/** Where this site is: a pack's items must be its own pages, under its base path. */
export interface PackSite {
  /** The site's origin, e.g. http://10.0.0.5. */
  origin: string;
  /** The site's base path, `/` or a sub-path such as `/zhishiku/`. */
  base: string;
}

/** The site of the page this runs on (the base path is on <html data-base>, see BaseLayout). */
export const thisSite = (): PackSite => ({
  origin: location.origin,
  base: document.documentElement.dataset.base ?? '/',
});

/**
 * Whether `url` is one of this site's pages. It is resolved as the browser will
 * resolve the link, and the result compared: the same origin, under the base path,
 * and unchanged by resolving. That rules out what a pattern can miss: `//host/`,
 * backslashes and tabs the URL parser turns into slashes, `..` segments, and schemes.
 */
export function isSitePage(url: string, site: PackSite): boolean {
  if (!url.startsWith(site.base) || !/^\/[a-z0-9/-]*$/.test(url)) return false;
  let resolved: URL;
  try {
    resolved = new URL(url, `${site.origin}${site.base}`);
  } catch {
    return false;
  }
  return (
    resolved.origin === site.origin &&
    resolved.pathname === url &&
    resolved.search === '' &&
    resolved.hash === ''
  );
}

/**
 * The longest pack text read, checked before any decoding. The largest pack a
 * trainer can make (100 items, each with a long title and five long 学习要点,
 * where the site's cases have two; 50 questions of 500 characters) encodes to
 * about 370 000 characters. The limits on each field alone would allow 4.5 MB,
 * and decoding a megabyte keeps a phone busy for seconds.
 */
export const MAX_LINK_LENGTH = 512 * 1024;

const DAMAGED = '这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。';

/** What reading a shared pack gave: the pack, or why it could not be read, in Chinese. */
export type DecodeResult = { ok: true; pack: Pack } | { ok: false; message: string };

/**
 * Writes a pack into a URL-safe string (base64url of its JSON), so the whole
 * pack travels in a link and no server keeps anything.
 */
export function encodePack(pack: Pack): string {
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Reads a shared pack, refusing anything that is not one: a link cut short or
 * far too long, a newer format, or content that would point off this site.
 */
export function decodePack(text: string, site: PackSite): DecodeResult {
  // Before any decoding: the length is the one thing that costs nothing to check.
  if (text.length > MAX_LINK_LENGTH) return { ok: false, message: DAMAGED };
  let value: unknown;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    value = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        Uint8Array.from(binary, (char) => char.charCodeAt(0)),
      ),
    );
  } catch {
    return { ok: false, message: DAMAGED };
  }
  if (!isRecord(value) || typeof value.v !== 'number')
    return { ok: false, message: '这个链接不是学习单链接。' };
  if (value.v > PACK_VERSION)
    return {
      ok: false,
      message: `这个学习单由新版网站生成（格式 ${value.v}），本站只能打开格式 ${PACK_VERSION}。`,
    };
  if (value.v !== PACK_VERSION) return { ok: false, message: `不认识的学习单格式 ${value.v}。` };
  const problem = checkPack(value, site);
  return problem
    ? { ok: false, message: `学习单内容有误：${problem}` }
    : { ok: true, pack: value as unknown as Pack };
}

function checkPack(value: Record<string, unknown>, site: PackSite): string | undefined {
  if (!isText(value.title)) return '缺少标题。';
  if (!Array.isArray(value.items) || value.items.length > MAX_ITEMS)
    return `条目应是不超过 ${MAX_ITEMS} 项的列表。`;
  if (
    !Array.isArray(value.questions) ||
    value.questions.length > MAX_QUESTIONS ||
    !value.questions.every(isText)
  )
    return '研讨题格式不对。';
  for (const item of value.items) {
    if (!isRecord(item) || !isText(item.title)) return '有条目缺少标题。';
    // Only this site's own pages: a shared link must never lead a reader elsewhere or run script.
    if (typeof item.url !== 'string' || !isSitePage(item.url, site))
      return `条目“${String(item.title).slice(0, 20)}”的地址不是本站页面。`;
    if (
      item.anchor !== undefined &&
      (typeof item.anchor !== 'string' || !isParagraphAnchor(item.anchor))
    )
      return '段落编号格式不对。';
    if (item.locator !== undefined && !isText(item.locator)) return '段落位置格式不对。';
    if (
      item.points !== undefined &&
      (!Array.isArray(item.points) || item.points.length > MAX_POINTS || !item.points.every(isText))
    )
      return '学习要点格式不对。';
    if (
      item.sections !== undefined &&
      (!Array.isArray(item.sections) ||
        item.sections.length > MAX_SECTIONS ||
        !item.sections.every(isSectionId))
    )
      return '案例章节格式不对。';
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT;

/** The same item twice (same page, same paragraph) is kept once. */
export const sameItem = (a: PackItem, b: PackItem) => a.url === b.url && a.anchor === b.anchor;

/** Moves the item at `index` by `step` (-1 up, +1 down), when there is room. */
export function moveItem<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
