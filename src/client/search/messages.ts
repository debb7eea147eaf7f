import type { SearchOutcome } from './engine.ts';
import { writeSearchState } from './state.ts';
import { browseStatus } from '../../common/search/result-view.ts';

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
  const quoted = /[“”]/.test(query) ? `「${query.trim()}」` : `“${query.trim()}”`;
  switch (outcome.kind) {
    case 'browse':
      return [browseStatus(count)];
    case 'exact':
      return [count > 0 ? `包含${quoted}的页面共 ${count} 个。` : `没有找到包含${quoted}的页面。`];
    case 'loose':
      return [
        `没有找到包含${quoted}的页面。下面 ${count} 个页面同时包含${outcome.words.map((word) => `“${word}”`).join('')}，但没有连在一起，仅供参考。`,
      ];
    case 'none': {
      if (!outcome.suggestion) return [`没有找到包含${quoted}的页面。`];
      const link = document.createElement('a');
      link.href = `${searchPath}${writeSearchState({ q: outcome.suggestion, filters: {} })}`;
      link.textContent = `“${outcome.suggestion}”`;
      return [`没有找到包含${quoted}的页面。是不是要找`, link, '？'];
    }
  }
}
