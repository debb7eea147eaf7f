import { element } from '../dom.ts';
import type { ItemParts } from './item-fill.ts';
import type { PackItem } from './state.ts';
import { extras } from './lazy.ts';
import { itemHeading } from './excerpts.ts';

/**
 * What the screen and the printed handout show of one item: its heading (a link), its
 * text, 学习要点 and chosen case sections, its citation, and its full address (print only).
 * What is read from the item's page fills in as it arrives (item-fill.ts).
 */
export function itemView(item: PackItem, index: number): HTMLElement[] {
  const address = item.anchor ? `${item.url}#${item.anchor}` : item.url;
  const link = element(
    'a',
    'pack-heading font-bold',
    itemHeading(item, index),
  ) as HTMLAnchorElement;
  link.href = address;
  const parts: ItemParts = {
    heading: link,
    index,
    missing: element('p', 'pack-missing mt-1 rounded border-2 border-current px-2 font-bold'),
    text: element('p', 'pack-text mt-1', '正在载入原文…'),
    cite: element('p', 'pack-cite mt-2 text-sm'),
  };
  parts.missing.hidden = true;
  const nodes: HTMLElement[] = [link, parts.missing, parts.text];
  if (item.points?.length) {
    const points = element('ul', 'pack-points mt-1 list-disc pl-6');
    points.setAttribute('aria-label', '学习要点');
    points.append(...item.points.map((point) => element('li', '', `学习要点：${point}`)));
    nodes.push(points);
  }
  if (item.sections?.length) nodes.push((parts.sections = element('div', 'pack-sections')));
  nodes.push(
    parts.cite,
    element('p', 'pack-address print-only text-sm', `地址：${location.origin}${address}`),
  );
  void extras().then(({ fillItem }) => fillItem(item, parts));
  return nodes;
}
