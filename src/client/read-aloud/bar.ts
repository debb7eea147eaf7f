import { element } from '../dom.ts';

/** The bar at the foot of the screen while something is read aloud. */
export interface ReadingBar {
  /** Says what is being read (or a message), for the eye and for screen readers. */
  say(text: string): void;
  /** Shows a message in place of the controls: only 关闭 is left. */
  message(text: string): void;
  /** The bar's height in CSS pixels, for keeping the marked text clear of it. */
  height(): number;
  /** True when the keyboard focus is on one of its buttons. */
  hasFocus(): boolean;
  remove(): void;
}

const BUTTON = 'min-h-11 min-w-11 shrink-0 rounded border px-4';

/**
 * Shows the reading controls in a bar fixed at the foot of the screen, in reach of a thumb while
 * the page scrolls: 暂停, which becomes 继续, and 停止. Never printed.
 */
export function showReadingBar(actions: {
  pause(): void;
  resume(): void;
  stop(): void;
}): ReadingBar {
  document.querySelector('.read-aloud-bar')?.remove();
  const bar = element(
    'div',
    'read-aloud-bar no-print fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface px-4 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] shadow-[0_-2px_8px_rgb(0_0_0/0.15)]',
  );
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', '朗读');
  const row = element('div', 'mx-auto flex max-w-3xl flex-wrap items-center gap-2');
  const status = element('p', 'min-w-0 flex-1');
  status.setAttribute('role', 'status');
  const toggle = element('button', `${BUTTON} border-accent bg-accent text-on-accent`, '暂停');
  const stop = element('button', `${BUTTON} border-line bg-surface`, '停止');
  for (const button of [toggle, stop]) button.setAttribute('type', 'button');
  toggle.addEventListener('click', () => {
    const paused = toggle.textContent === '继续';
    if (paused) actions.resume();
    else actions.pause();
    toggle.textContent = paused ? '暂停' : '继续';
  });
  stop.addEventListener('click', () => actions.stop());
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.stop();
  });
  row.append(status, toggle, stop);
  bar.append(row);
  document.body.append(bar);
  return {
    say: (text) => {
      status.textContent = text;
    },
    message: (text) => {
      status.textContent = text;
      toggle.remove();
      stop.textContent = '关闭';
    },
    height: () => bar.offsetHeight,
    hasFocus: () => bar.contains(document.activeElement),
    remove: () => bar.remove(),
  };
}
