import { createHash } from 'node:crypto';

/**
 * The one inline script of every page: applies the reader's saved 深色 and 字号 (大, 特大) choice
 * before the first paint (see client/display.ts). Inline and tiny on purpose, as a
 * separate file would arrive after the page had painted. Kept here as text so the
 * Content-Security-Policy can allow exactly it by its hash (astro.config.mjs).
 */
export const DISPLAY_MODE_SCRIPT = `(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('kb-theme');
    var size = localStorage.getItem('kb-size');
    if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
    if (size === 'large' || size === 'xlarge') root.dataset.size = size;
  } catch (error) {}
})();`;

/** The script's CSP hash source, `sha256-…`. */
export const DISPLAY_MODE_SCRIPT_HASH =
  `sha256-${createHash('sha256').update(DISPLAY_MODE_SCRIPT).digest('base64')}` as const;
