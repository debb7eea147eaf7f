import { addToPack } from './storage.ts';

/** Adds the whole page to the course pack, from its 加入学习单 button. */
export function addPage(button: HTMLElement): void {
  const article = document.querySelector<HTMLElement>('article[data-cite-title]');
  const added = addToPack({
    url: location.pathname,
    title: article?.dataset.citeTitle ?? document.title,
  });
  let status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
  if (!status) {
    status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'ml-2';
    button.after(status);
  }
  status.textContent = added ? '已加入学习单。' : '本页已在学习单里。';
}
