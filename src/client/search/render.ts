import type { PagefindResultData } from './pagefind.ts';
import { passageFor } from './excerpt.ts';
import { resultFacts } from '../../common/search/result-view.ts';
import { caseIdOf } from '../../common/compare-cases.ts';

/** How a result relates to the query, shown as a small label. */
export type MatchKind = 'exact' | 'loose' | 'browse';

/**
 * One result as a list item: its title linking to the paragraph that matches,
 * type, date and concepts, and the passage with the match marked. The passage is
 * HTML we build from escaped page text; everything else is set as text.
 */
export function renderResult(
  data: PagefindResultData,
  phrases: string[],
  kind: MatchKind,
  casesUrl: string,
): HTMLLIElement {
  const passage = passageFor(data.content, phrases, data.meta.anchors, data.meta.title);
  const item = document.createElement('li');
  item.className = 'py-4';
  const link = document.createElement('a');
  // The page marks these words on arrival (client/highlight.ts).
  const hl = phrases.length > 0 ? `?hl=${encodeURIComponent(phrases.join(' '))}` : '';
  link.href = `${data.url}${hl}${passage.anchor ? `#${passage.anchor}` : ''}`;
  link.className = 'flex min-h-11 items-center text-lg font-bold leading-snug';
  link.textContent = data.meta.title ?? data.url;
  const facts = document.createElement('p');
  facts.className = 'text-sm text-muted';
  facts.textContent = resultFacts(data.meta, kind === 'loose');
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 search-excerpt';
  excerpt.innerHTML = passage.html;
  item.append(link, facts, excerpt);
  const id = caseIdOf(data.url, casesUrl);
  if (id) {
    // Ticked for 案例对照; the search page keeps the ticks (compare-picks.ts).
    const tick = document.createElement('label');
    tick.className =
      'compare-tick no-print mt-1 inline-flex min-h-11 cursor-pointer items-center gap-2 pe-3';
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: id });
    box.className = 'size-5';
    box.dataset.compareCase = '';
    tick.append(box, '选来对照');
    item.append(tick);
  }
  return item;
}
