import { isParagraphAnchor } from '../../common/anchors.ts';
import {
  MAX_LINK_LENGTH,
  MAX_QUESTIONS,
  MAX_SECTIONS,
  decodePack,
  isSectionId,
  isSitePage,
  type DecodeResult,
  type Pack,
  type PackItem,
  type PackSite,
} from './state.ts';

/**
 * The version of the compact share-link format. A link holds only what the site cannot
 * look up: each item's page and paragraph (and a case's chosen sections), the title and
 * the questions. Titles, locators and 学习要点 are read from the pages on opening
 * (resolve.ts), so a link is short enough for a QR code printed on the handout.
 */
export const LINK_VERSION = 2;

/** Marks the two spellings: deflate-raw then base64url, or base64url alone, whichever is shorter. */
const DEFLATED = `${LINK_VERSION}d`;
const PLAIN = `${LINK_VERSION}j`;
/** A version number first: a version 1 link is base64 of `{"v":…`, which starts with a letter. */
const COMPACT = /^(\d+)([a-z])(.*)$/s;
/** What a compact pack may inflate to: far above any real pack, far below what would stall a phone. */
const MAX_INFLATED = 256 * 1024;
const MAX_ITEMS = 100;

const DAMAGED = '这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。';

/** [title, items, questions]; an item is `speeches/x#p-14` or `cases/y~practice.lessons`, its path under the base. */
type Wire = [string, string[], string[]];

/** The item as the link writes it: its path under the base, without the last slash, then #anchor or ~sections. */
function itemWire(item: PackItem, site: PackSite): string {
  const path = item.url.slice(site.base.length).replace(/\/$/, '');
  if (item.anchor) return `${path}#${item.anchor}`;
  return item.sections?.length ? `${path}~${item.sections.join('.')}` : path;
}

/**
 * Writes a pack as a compact share link's #payload: URL-safe, and deflated when
 * that is shorter (a pack of Chinese questions gains little, a long list of pages much).
 * The title is left out when it is the default.
 */
export async function encodeShareLink(pack: Pack, site: PackSite): Promise<string> {
  const wire: Wire = [
    pack.title === '学习单' ? '' : pack.title,
    pack.items.map((item) => itemWire(item, site)),
    pack.questions,
  ];
  const bytes = new TextEncoder().encode(JSON.stringify(wire));
  const plain = PLAIN + base64url(bytes);
  const deflated =
    DEFLATED + base64url(await transform(bytes, new CompressionStream('deflate-raw')));
  return deflated.length < plain.length ? deflated : plain;
}

/**
 * Reads a shared pack of any version: the compact format, or a version 1 link with
 * titles spelled out (those open exactly as they always did). Items of a compact link
 * come with an empty title, to be looked up on their pages (resolve.ts).
 */
export async function decodeShareLink(text: string, site: PackSite): Promise<DecodeResult> {
  const compact = COMPACT.exec(text);
  if (!compact) return decodePack(text, site);
  if (text.length > MAX_LINK_LENGTH) return { ok: false, message: DAMAGED };
  const [, version, spelling, payload] = compact;
  if (Number(version) > LINK_VERSION)
    return {
      ok: false,
      message: `这个学习单由新版网站生成（格式 ${version}），本站只能打开格式 ${LINK_VERSION} 及以前的。`,
    };
  if (Number(version) !== LINK_VERSION || (spelling !== 'd' && spelling !== 'j'))
    return { ok: false, message: `不认识的学习单格式 ${version}${spelling}。` };
  let wire: unknown;
  try {
    const bytes = fromBase64url(payload!);
    const json =
      spelling === 'd' ? await transform(bytes, new DecompressionStream('deflate-raw')) : bytes;
    wire = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, message: DAMAGED };
  }
  return packOf(wire, site);
}

function packOf(wire: unknown, site: PackSite): DecodeResult {
  const wrong = (problem: string): DecodeResult => ({
    ok: false,
    message: `学习单内容有误：${problem}`,
  });
  if (!Array.isArray(wire) || wire.length !== 3) return { ok: false, message: DAMAGED };
  const [title, items, questions] = wire as unknown[];
  if (typeof title !== 'string' || title.length > 100) return wrong('标题格式不对。');
  if (!Array.isArray(items) || items.length > MAX_ITEMS)
    return wrong(`条目应是不超过 ${MAX_ITEMS} 项的列表。`);
  if (
    !Array.isArray(questions) ||
    questions.length > MAX_QUESTIONS ||
    !questions.every((question) => typeof question === 'string' && question.length <= 500)
  )
    return wrong('研讨题格式不对。');
  const read: PackItem[] = [];
  for (const entry of items) {
    const item = typeof entry === 'string' ? itemOf(entry, site) : undefined;
    if (typeof item === 'string' || !item)
      return wrong(item ?? `条目“${String(entry).slice(0, 20)}”的地址不是本站页面。`);
    read.push(item);
  }
  return {
    ok: true,
    pack: { v: 1, title: title || '学习单', items: read, questions: questions as string[] },
  };
}

/** An item from its wire form, or why it is refused. */
function itemOf(entry: string, site: PackSite): PackItem | string | undefined {
  const [, path, anchor, sections] = /^([^#~]*)(?:#([^~]*))?(?:~(.*))?$/s.exec(entry) ?? [];
  const url = `${site.base}${path}${path ? '/' : ''}`;
  // Only this site's own pages: a shared link must never lead a reader elsewhere or run script.
  if (path === undefined || !path || !isSitePage(url, site)) return undefined;
  if (anchor !== undefined && !isParagraphAnchor(anchor)) return '段落编号格式不对。';
  const chosen = sections === undefined ? [] : sections.split('.');
  if (chosen.length > MAX_SECTIONS || !chosen.every(isSectionId)) return '案例章节格式不对。';
  return {
    url,
    title: '',
    ...(anchor !== undefined && { anchor }),
    ...(chosen.length > 0 && { sections: chosen }),
  };
}

/** Runs bytes through a (de)compression stream, stopping at MAX_INFLATED so a crafted link cannot fill the memory. */
async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_INFLATED) {
      void reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) =>
    char.charCodeAt(0),
  );
}
