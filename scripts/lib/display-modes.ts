import type { Page } from 'playwright-core';

/**
 * The display modes a reader can switch to. Accessibility checks and screenshots
 * run in each; a mode's `apply` puts an opened page into it.
 */
export const DISPLAY_MODES: Array<{ name: string; slug: string; apply(page: Page): Promise<void> }> = [
  { name: '默认', slug: 'default', apply: async () => {} },
];
