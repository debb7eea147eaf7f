import { copyText, manualCopyBox } from './clipboard.ts';
import { citePage } from './copy-reference.ts';

/** Copies the page's GB/T 7714 reference with today's 引用日期 and the address the reader is using. */
export async function copyPageReference(button: HTMLElement): Promise<void> {
  const block = button.closest('section');
  const text = block?.querySelector<HTMLElement>('[data-reference]');
  const article = document.querySelector<HTMLElement>('article[data-cite-title]');
  if (!text || !article) return;
  const reference = citePage(document, `${location.origin}${location.pathname}`, document.title);
  text.textContent = reference;
  const result = await copyText(reference);
  let status = block!.querySelector<HTMLElement>('[role="status"]');
  if (!status) {
    status = document.createElement('p');
    status.setAttribute('role', 'status');
    block!.append(status);
  }
  status.replaceChildren(
    result === 'copied' ? '已复制参考文献。' : '浏览器不允许自动复制，请选中下面的文字后复制：',
  );
  if (result === 'manual') status.append(manualCopyBox(reference));
}
