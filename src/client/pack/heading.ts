import type { PackItem } from './state.ts';

/**
 * An item's heading line on the handout: 1. title and, for a paragraph, where it sits.
 * Its own module, with nothing to import, so the pack page's first script stays small.
 */
export const itemHeading = (item: PackItem, index: number, locator = item.locator) =>
  `${index + 1}. ${item.title}${locator ? ` ${locator}` : ''}`;
