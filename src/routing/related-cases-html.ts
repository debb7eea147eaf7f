import { ANCHOR_PATTERNS } from '../common/anchors.ts';
import { paragraphName } from '../common/reference-text.ts';
import type { CaseItem } from '../knowledge/items.ts';

/** A numbered paragraph of rendered HTML, its anchor captured. */
const PARAGRAPH_ELEMENT = new RegExp(`<p id="(${ANCHOR_PATTERNS.paragraph})"[\\s\\S]*?<\\/p>`, 'g');

const escape = (value: string) =>
  value.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  );

/**
 * Puts 相关案例 (n) after each numbered paragraph of a speech's HTML that cases
 * cite: the speech is rendered once, as data, and the cases that cite it change
 * on their own, so they are added where the page is built. Links are plain and
 * inline, padded for touch, so a line never starts with the 、 between them.
 * @param related the citing cases by paragraph anchor (`p-N`)
 */
export function withRelatedCases(
  html: string,
  related: ReadonlyMap<string, readonly CaseItem[]>,
): string {
  return html.replace(PARAGRAPH_ELEMENT, (paragraph, id: string) => {
    const cases = related.get(id) ?? [];
    if (cases.length === 0) return paragraph;
    const links = cases
      .map((item) => `<a href="${escape(item.url)}" class="py-2">${escape(item.data.title)}</a>`)
      .join('<span class="sep">、</span>');
    return `${paragraph}<aside class="related-cases" aria-label="${paragraphName(id)}的相关案例" data-pagefind-ignore><span class="font-bold">相关案例（${cases.length}）：</span>${links}</aside>`;
  });
}
