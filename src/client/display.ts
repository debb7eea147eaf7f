/** Where the reader's choices are kept; read before paint by DisplayModeInit.astro, which must use the same keys. */
const KEYS = { theme: 'kb-theme', size: 'kb-size' } as const;

type Toggle = keyof typeof KEYS;

const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** Whether a mode is on now: dark follows the system until the reader chooses. */
function isOn(toggle: Toggle): boolean {
  const root = document.documentElement;
  if (toggle === 'size') return root.dataset.size === 'large';
  return root.dataset.theme ? root.dataset.theme === 'dark' : systemDark();
}

function save(key: string, value: string | undefined) {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

/** Switches a mode, remembers the choice, and updates every switch's pressed state. */
export function toggleDisplay(toggle: Toggle) {
  const root = document.documentElement;
  const on = !isOn(toggle);
  if (toggle === 'size') {
    if (on) root.dataset.size = 'large';
    else delete root.dataset.size;
    save(KEYS.size, on ? 'large' : undefined);
  } else {
    root.dataset.theme = on ? 'dark' : 'light';
    save(KEYS.theme, root.dataset.theme);
  }
  syncDisplayControls();
}

/** Sets each switch's aria-pressed to the mode in force. */
export function syncDisplayControls() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-display-toggle]')) {
    button.setAttribute('aria-pressed', String(isOn(button.dataset.displayToggle as Toggle)));
  }
}
