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
 * The display modes a reader can switch to: light or dark, in each 字号 (标准, 大, 特大).
 * Accessibility checks and screenshots run in each; a mode's `apply` puts an opened page into it.
 */
export const DISPLAY_MODES: Array<{
  name: string;
  slug: string;
  apply(page: Page): Promise<void>;
}> = [
  { name: '默认', slug: 'default', apply: setMode('light', undefined) },
  { name: '深色', slug: 'dark', apply: setMode('dark', undefined) },
  // 字号 大, named 大字 as when it was the only larger step.
  { name: '大字', slug: 'large', apply: setMode('light', 'large') },
  { name: '深色大字', slug: 'dark-large', apply: setMode('dark', 'large') },
  { name: '特大', slug: 'xlarge', apply: setMode('light', 'xlarge') },
  { name: '深色特大', slug: 'dark-xlarge', apply: setMode('dark', 'xlarge') },
];
