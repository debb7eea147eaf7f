/** Where the reader's choices are kept; read before paint by DisplayModeInit.astro, which must use the same keys. */
const KEYS = { theme: 'kb-theme', size: 'kb-size' } as const;

/**
 * The 字号 steps after 标准, as `html[data-size]` and the stored `kb-size` name them; 标准 has none.
 * `large` was the one 大字 step before there were three, so a reader's saved 大字 stays 大.
 */
const SIZES = ['large', 'xlarge'] as const;

const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
const isDark = () => {
  const { theme } = document.documentElement.dataset;
  return theme ? theme === 'dark' : systemDark();
};

/** The 字号 in force: `standard`, `large` or `xlarge`. */
const sizeNow = () => document.documentElement.dataset.size ?? 'standard';

function save(key: string, value: string | undefined) {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

/**
 * Acts on a pressed display control (`data-display-toggle`): 深色 switches the theme, a 字号 button
 * (`data-display-size` standard, large or xlarge) sets the size; the choice is remembered.
 */
export function toggleDisplay(control: HTMLElement) {
  const root = document.documentElement;
  if (control.dataset.displayToggle === 'size') {
    const size = SIZES.find((step) => step === control.dataset.displaySize);
    if (size) root.dataset.size = size;
    else delete root.dataset.size;
    save(KEYS.size, size);
  } else {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    save(KEYS.theme, root.dataset.theme);
  }
  syncDisplayControls();
}

/** Sets each control's aria-pressed to the mode in force. */
export function syncDisplayControls() {
  for (const control of document.querySelectorAll<HTMLElement>('[data-display-toggle]')) {
    const pressed =
      control.dataset.displayToggle === 'size'
        ? control.dataset.displaySize === sizeNow()
        : isDark();
    control.setAttribute('aria-pressed', String(pressed));
  }
}
