// Loaded on every page, small on purpose: it only listens. What a click needs is loaded then.
import { syncDisplayControls, toggleDisplay } from './display.ts';

syncDisplayControls();

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const toggle = target?.closest<HTMLElement>('[data-display-toggle]');
  if (toggle) toggleDisplay(toggle.dataset.displayToggle as 'theme' | 'size');
});
