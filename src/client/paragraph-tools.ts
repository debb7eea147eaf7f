import { paragraphName } from '../common/reference-text.ts';
import { copyText, manualCopyBox } from './clipboard.ts';
import { citeParagraph } from './copy-reference.ts';
import { addToPack } from './pack/storage.ts';
import { showQrDialog } from './qr-dialog.ts';
import { readAloud } from './read-aloud/load.ts';

/**
 * The tools of one paragraph, opened from its number: copy its link, copy a
 * citation, show its QR code, add it to the course pack. A row of buttons under
 * the paragraph, reachable by keyboard and touch; Escape closes it.
 */
export function toggleParagraphTools(paragraph: HTMLElement, trigger: HTMLElement): void {
  const open = document.querySelector<HTMLElement>('.para-tools');
  const wasThis = open?.dataset.for === paragraph.id;
  open?.remove();
  trigger.setAttribute('aria-expanded', 'false');
  if (wasThis) return;
  const tools = build(paragraph, trigger);
  // After the paragraph's lists of cases (related-cases-html.ts), so the tools sit by the text they act on.
  let after: Element = paragraph;
  while (after.nextElementSibling?.matches('.related-cases, .background-cases'))
    after = after.nextElementSibling;
  after.after(tools);
  trigger.setAttribute('aria-expanded', 'true');
  tools.querySelector('button')?.focus();
}

function build(paragraph: HTMLElement, trigger: HTMLElement): HTMLElement {
  const article = paragraph.closest<HTMLElement>('article');
  const name = paragraphName(paragraph.id);
  const url = `${location.origin}${location.pathname}#${paragraph.id}`;
  const tools = document.createElement('div');
  tools.className = 'para-tools';
  tools.dataset.for = paragraph.id;
  tools.setAttribute('role', 'group');
  tools.setAttribute('aria-label', `${name}的工具`);
  const status = document.createElement('p');
  status.className = 'para-tools-status';
  status.setAttribute('role', 'status');
  const close = () => {
    tools.remove();
    trigger.setAttribute('aria-expanded', 'false');
    trigger.focus();
  };
  const copy = async (text: string, done: string) => {
    const result = await copyText(text);
    status.replaceChildren(
      result === 'copied' ? done : '浏览器不允许自动复制，请选中下面的文字后复制：',
    );
    if (result === 'manual') status.append(manualCopyBox(text));
  };
  const citation = () => citeParagraph(document, paragraph.id, url, { title: document.title });
  const actions: Array<[string, () => void]> = [
    ['复制链接', () => void copy(url, '已复制本段链接。')],
    ['复制引用', () => void copy(citation(), '已复制引用：' + citation())],
    ['二维码', () => void showCode(article, paragraph, url, status, trigger)],
    [
      '加入学习单',
      () =>
        status.replaceChildren(
          addToPack({
            url: location.pathname,
            anchor: paragraph.id,
            title: article?.dataset.citeTitle ?? document.title,
            locator: paragraph.dataset.cite,
          })
            ? '已加入学习单。'
            : '这一段已在学习单里。',
        ),
    ],
    ['朗读本段', () => void readAloud(trigger, paragraph, true)],
    ['关闭', close],
  ];
  for (const [label, action] of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'min-h-11 rounded border border-line bg-surface px-3';
    button.textContent = label;
    button.addEventListener('click', action);
    tools.append(button);
  }
  tools.append(status);
  tools.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return tools;
}

async function showCode(
  article: HTMLElement | null,
  paragraph: HTMLElement,
  url: string,
  status: HTMLElement,
  trigger: HTMLElement,
) {
  try {
    const response = await fetch(article?.dataset.codes ?? '');
    const codes = (await response.json()) as Record<string, string>;
    const svg = codes[paragraph.id];
    if (!svg) throw new Error('no code');
    showQrDialog(svg, `扫码打开${paragraphName(paragraph.id)}：${url}`, trigger);
  } catch {
    status.replaceChildren('二维码暂时无法显示。');
  }
}
