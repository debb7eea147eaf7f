import { chosenSections, type CaseSection } from './case-sections.ts';
import { itemCitation } from './citation.ts';
import { itemHeading, itemLocator, itemText } from './excerpts.ts';
import { itemFound } from './resolve.ts';
import type { PackItem } from './state.ts';
import { element } from '../dom.ts';

/** The parts of an item's view that are read from its page (item-view.ts). */
export interface ItemParts {
  /** The heading link, renamed with the paragraph's place as its page names it today. */
  heading: HTMLElement;
  /** The item's position in the pack, for its heading's number. */
  index: number;
  missing: HTMLElement;
  text: HTMLElement;
  sections?: HTMLElement;
  cite: HTMLElement;
}

/**
 * Fills in what is read from the item's page: its text, the chosen case sections, its
 * citation, and a mark when the page or paragraph is gone. Loaded after the pack is on
 * screen, so the pack page starts with only what it needs to show the list.
 */
export function fillItem(item: PackItem, parts: ItemParts): void {
  void itemLocator(item).then(
    (locator) => (parts.heading.textContent = itemHeading(item, parts.index, locator)),
  );
  void Promise.all([itemFound(item), itemText(item)]).then(([found, value]) => {
    if (!found) {
      parts.missing.hidden = false;
      parts.missing.textContent =
        '【本站已找不到这一项】它可能已改名或删除；这里按学习单里记下的地址列出。';
    }
    parts.text.textContent = value ?? '（原文暂时无法载入，请点上面的链接查看。）';
  });
  if (parts.sections) {
    const box = parts.sections;
    void chosenSections(item.url, item.sections).then((chosen) =>
      box.append(...chosen.flatMap(sectionView)),
    );
  }
  void itemCitation(item).then((citation) => (parts.cite.textContent = `引用：${citation}`));
}

const sectionView = (section: CaseSection) => [
  element('h4', 'mt-3 font-bold', section.heading),
  ...section.paragraphs.map((paragraph) => element('p', 'mt-1', paragraph)),
];
