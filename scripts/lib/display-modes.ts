import type { Page } from 'playwright-core';

/** Puts an opened page into a display mode, as the header switches would. */
const setMode = (theme: string | undefined, size: string | undefined) => async (page: Page) => {
  await page.evaluate(
    ({ theme, size }) => {
      const root = document.documentElement;
      if (theme) root.dataset.theme = theme;
      // Cleared when the mode has none, so one page can be put through every mode in turn.
      if (size) root.dataset.size = size;
      else delete root.dataset.size;
    },
    { theme, size },
  );
};

/**
 * The display modes a reader can switch to. Accessibility checks and screenshots
 * run in each; a mode's `apply` puts an opened page into it.
 */
export const DISPLAY_MODES: Array<{
  name: string;
  slug: string;
  apply(page: Page): Promise<void>;
}> = [
  { name: '默认', slug: 'default', apply: setMode('light', undefined) },
  { name: '深色', slug: 'dark', apply: setMode('dark', undefined) },
  { name: '大字', slug: 'large', apply: setMode('light', 'large') },
  { name: '深色大字', slug: 'dark-large', apply: setMode('dark', 'large') },
];
