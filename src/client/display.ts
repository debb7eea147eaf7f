/** Whether dark is in force: the reader's choice, else the system's. */
const isDark = () => {
  const { theme } = document.documentElement.dataset;
  return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
};

/**
 * Puts `html[data-theme]` or `html[data-size]` in force and remembers it as `kb-theme` or `kb-size`,
 * the keys display-mode-script.ts reads before paint; no value clears both.
 */
function choose(mode: 'theme' | 'size', value: string | undefined) {
  const root = document.documentElement;
  if (value) root.dataset[mode] = value;
  else delete root.dataset[mode];
  try {
    if (value) localStorage.setItem(`kb-${mode}`, value);
    else localStorage.removeItem(`kb-${mode}`);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

/**
 * Acts on a pressed display control (`data-display-toggle`): 深色 switches the theme, a 字号 button
 * (`data-display-size` standard, large or xlarge) sets the size; the choice is remembered.
 */
export function toggleDisplay(control: HTMLElement) {
  const size = control.dataset.displaySize;
  // 标准 has no data-size; `large` was the one 大字 step before there were three, so a saved 大字 stays 大.
  if (size) choose('size', size === 'standard' ? undefined : size);
  else choose('theme', isDark() ? 'light' : 'dark');
  syncDisplayControls();
}

/** Sets each control's aria-pressed to the mode in force. */
export function syncDisplayControls() {
  const size = document.documentElement.dataset.size ?? 'standard';
  for (const control of document.querySelectorAll<HTMLElement>('[data-display-toggle]')) {
    const { displaySize } = control.dataset;
    control.setAttribute('aria-pressed', String(displaySize ? displaySize === size : isDark()));
  }
}
