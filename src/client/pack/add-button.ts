import { addToPack } from './storage.ts';

/** Adds the whole page to the course pack, from its 加入学习单 button. */
export function addPage(button: HTMLElement): void {
  const article = document.querySelector<HTMLElement>('article[data-cite-title]');
  // A case's teaching notes come along (components/TeachingNotes.astro).
  const texts = (selector: string) =>
    [...document.querySelectorAll(`${selector} > li`)].map((item) => item.textContent!.trim());
  const points = texts('[data-teaching-points]');
  const questions = texts('[data-teaching-questions]');
  const added = addToPack(
    {
      url: location.pathname,
      title: article?.dataset.citeTitle ?? document.title,
      ...(points.length > 0 && { points }),
    },
    questions,
  );
  let status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
  if (!status) {
    status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'ml-2';
    button.after(status);
  }
  status.textContent = !added
    ? '本页已在学习单里。'
    : questions.length > 0
      ? `已加入学习单，本页的 ${questions.length} 道研讨题也已加入。`
      : '已加入学习单。';
}
