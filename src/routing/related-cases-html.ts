import { ANCHOR_PATTERNS } from '../common/anchors.ts';
import { paragraphName } from '../common/reference-text.ts';
import type { CaseItem } from '../knowledge/items.ts';

/** A numbered paragraph of rendered HTML, its anchor captured. */
const PARAGRAPH_ELEMENT = new RegExp(`<p id="(${ANCHOR_PATTERNS.paragraph})"[\\s\\S]*?<\\/p>`, 'g');

/** The label of the folded group of cases that take a paragraph as background only. */
export const BACKGROUND_LABEL = '以本段为背景的案例';

const escape = (value: string) =>
  value.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  );

/** The cases' links, plain and inline, padded for touch, so a line never starts with the 、 between them. */
const linksTo = (cases: readonly CaseItem[]) =>
  cases
    .map((item) => `<a href="${escape(item.url)}" class="py-2">${escape(item.data.title)}</a>`)
    .join('<span class="sep">、</span>');

/**
 * Puts 相关案例 (n) after each numbered paragraph of a speech's HTML that cases
 * cite: the speech is rendered once, as data, and the cases that cite it change
 * on their own, so they are added where the page is built. The cases that take
 * the paragraph only as background follow, folded under their own label, so the
 * page never says the paragraph speaks of them; folded without a script, and
 * opened on paper (global.css).
 * @param related the cases citing each paragraph for their practice, by anchor (`p-N`)
 * @param background the cases citing each paragraph as background only, by anchor
 */
export function withRelatedCases(
  html: string,
  related: ReadonlyMap<string, readonly CaseItem[]>,
  background: ReadonlyMap<string, readonly CaseItem[]> = new Map(),
): string {
  return html.replace(PARAGRAPH_ELEMENT, (paragraph, id: string) => {
    const cases = related.get(id) ?? [];
    const given = background.get(id) ?? [];
    const name = paragraphName(id);
    const speaking =
      cases.length === 0
        ? ''
        : `<aside class="related-cases" aria-label="${name}的相关案例" data-pagefind-ignore><span class="font-bold">相关案例（${cases.length}）：</span>${linksTo(cases)}</aside>`;
    const behind =
      given.length === 0
        ? ''
        : `<details class="background-cases" data-pagefind-ignore><summary><span class="sr-only">${name}：</span>${BACKGROUND_LABEL}（${given.length}）</summary><p class="background-note">本段是这些案例的背景，没有直接讲到它们的做法。</p><p>${linksTo(given)}</p></details>`;
    return `${paragraph}${speaking}${behind}`;
  });
}
