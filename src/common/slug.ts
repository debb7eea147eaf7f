// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// `npm run new` and the 投稿 page name a new file the same way; the page loads it (and pinyin-pro) on use.
import { pinyin } from 'pinyin-pro';

const MAX_WORDS = 6;

/**
 * A file name from a Chinese title: pinyin words joined by hyphens, the way the
 * existing ids are written. Bracketed asides and punctuation are left out; a run
 * of one-character words (党|建, 网|格|化) is read as one word.
 * @example slugFromTitle('乡镇“四所合一”改革') // 'xiangzhen-sisuo-heyi-gaige'
 */
export function slugFromTitle(title: string): string {
  const plain = title.replace(/[（(][^）)]*[）)]/g, ' ');
  const words: string[] = [];
  let single = '';
  for (const { segment, isWordLike } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(
    plain,
  )) {
    if (!isWordLike) {
      if (single) words.push(single);
      single = '';
      continue;
    }
    const romanised = /\p{Script=Han}/u.test(segment)
      ? pinyin(segment, { toneType: 'none', type: 'array', v: true }).join('')
      : segment;
    if ([...segment].length === 1 && /\p{Script=Han}/u.test(segment)) {
      single += romanised;
      continue;
    }
    if (single) words.push(single);
    single = '';
    words.push(romanised);
  }
  if (single) words.push(single);
  const slug = words
    .map((word) => word.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .join('-');
  return /^[a-z]/.test(slug) ? slug : `tiaomu-${slug}`.replace(/-$/, '');
}
