import type { SearchOutcome } from './engine.ts';
import { writeSearchState } from './state.ts';
import { spacedWords } from './words.ts';
import { browseStatus } from '../../common/search/result-view.ts';

/** The query as the status line quotes it; one that has its own quotation marks in 「」. */
const quote = (query: string) => (/[“”]/.test(query) ? `「${query.trim()}」` : `“${query.trim()}”`);

/** Words quoted one by one and joined as Chinese lists them: “社区”“党员”和“服务”. */
const quoteEach = (words: string[]) =>
  words
    .map((word) => `“${word}”`)
    .join('')
    .replace(/(.*)”“/u, '$1”和“');

/**
 * The status line above the results, in plain words: how many pages hold the
 * query as typed, or that none does and what is shown instead.
 */
export function describeOutcome(
  query: string,
  outcome: SearchOutcome,
  count: number,
  searchPath: string,
): Array<string | Node> {
  const quoted = quote(query);
  switch (outcome.kind) {
    case 'browse':
      return [browseStatus(count)];
    case 'exact':
      return [count > 0 ? `包含${quoted}的页面共 ${count} 个。` : `没有找到包含${quoted}的页面。`];
    case 'all':
      return [`同时包含${quoteEach(outcome.words)}的页面共 ${count} 个。`];
    case 'loose':
      return [
        `没有找到包含${quoted}的页面。下面 ${count} 个页面同时包含${outcome.words.map((word) => `“${word}”`).join('')}，但没有连在一起，仅供参考。`,
      ];
    case 'none': {
      const words = spacedWords(query);
      const missing =
        words.length > 1
          ? `没有找到同时包含${quoteEach(words)}的页面。`
          : `没有找到包含${quoted}的页面。`;
      if (!outcome.suggestion) return [missing];
      const link = document.createElement('a');
      link.href = `${searchPath}${writeSearchState({ q: outcome.suggestion, filters: {} })}`;
      link.textContent = `“${outcome.suggestion}”`;
      return [missing, '是不是要找', link, '？'];
    }
  }
}

/**
 * The status line when the query found pages but the filters left none of them:
 * the filters did it, not the word, and one press clears them (search-page.ts
 * handles the button).
 */
export function filteredOut(
  query: string,
  outcome: SearchOutcome,
  found: number,
): Array<string | Node> {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.clearFilters = '';
  button.className =
    'ms-1 min-h-11 rounded border border-line bg-surface px-3 font-bold text-brand hover:bg-tint';
  button.textContent = '清除筛选';
  const what = !query.trim()
    ? `共有 ${found} 个条目`
    : outcome.kind === 'loose'
      ? `${quote(query)}有 ${found} 条部分匹配的结果`
      : `${quote(query)}有 ${found} 条结果`;
  return [`${what}，但都不符合所选的筛选条件。`, button];
}
