import { paragraphLabel } from '../../common/anchors.ts';
import type { DraftCite, DraftSource } from '../../common/draft/entry-file.ts';
import type { SpeechText } from '../../common/draft/page-data.ts';
import { speechText } from './speech-texts.ts';

let counter = 0;
const nextId = (stem: string) => `${stem}-${++counter}`;

const control = 'w-full min-h-11 rounded border border-line bg-surface px-3 text-base';
const small = 'min-h-11 rounded border border-line bg-surface px-3';

function labelled(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const wrap = document.createElement('div');
  const id = nextId('row-field');
  input.id = id;
  const text = document.createElement('label');
  text.htmlFor = id;
  text.className = 'block text-sm font-bold';
  text.textContent = label;
  wrap.append(text, input);
  return wrap;
}

function removeButton(row: HTMLElement, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = small;
  button.textContent = label;
  button.addEventListener('click', () => {
    const form = row.closest('form');
    row.remove();
    form?.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return button;
}

/** One source row: title, publisher, date, address. */
export function sourceRow(source: DraftSource = { title: '' }): HTMLElement {
  const row = document.createElement('div');
  row.className = 'grid gap-2 rounded border border-line p-3 sm:grid-cols-2';
  const parts: Array<[keyof DraftSource, string]> = [
    ['title', '来源标题（必填）'],
    ['publisher', '发布者'],
    ['date', '来源日期（2022、2022-06 或 2022-06-27）'],
    ['url', '网址（http:// 或 https:// 开头）'],
  ];
  for (const [key, label] of parts) {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = control;
    input.autocomplete = 'off';
    input.dataset.source = key;
    input.value = source[key] ?? '';
    row.append(labelled(label, input));
  }
  row.append(removeButton(row, '删除这个来源'));
  return row;
}

/** Asks the page to put a quotation of a paragraph into the body. */
export type QuoteRequest = (
  speech: SpeechText,
  paragraph: SpeechText['paragraphs'][number],
) => void;

/**
 * A paragraph's second box, 只作背景: ticked, the paragraph is cited as background
 * (cites.background), not as speaking of the practice. Ticking it ticks the
 * paragraph's own box, and unticking that unticks it, so a paragraph is in one list only.
 */
function backgroundBox(box: HTMLInputElement, id: string, ticked: boolean): HTMLLabelElement {
  const background = document.createElement('input');
  background.type = 'checkbox';
  background.className = 'size-5 shrink-0';
  background.value = '背景';
  background.dataset.background = id;
  background.checked = ticked;
  background.addEventListener('change', () => {
    if (background.checked) box.checked = true;
  });
  box.addEventListener('change', () => {
    if (!box.checked) background.checked = false;
  });
  const label = document.createElement('label');
  label.className = `${small} ms-7 inline-flex shrink-0 cursor-pointer items-center gap-2 text-sm sm:ms-0`;
  const name = document.createElement('span');
  name.className = 'sr-only';
  name.textContent = `第 ${paragraphLabel(id)} 段`;
  label.append(background, name, '只作背景');
  return label;
}

/** One cite row: a speech to choose, then its paragraphs to tick while reading them, each for the practice or only as background. */
export function citeRow(
  options: HTMLTemplateElement,
  onQuote: QuoteRequest,
  cite: DraftCite = { speech: '', paragraphs: [], background: [] },
): HTMLElement {
  const row = document.createElement('div');
  row.className = 'space-y-2 rounded border border-line p-3';
  const select = document.createElement('select');
  select.className = control;
  select.append(options.content.cloneNode(true));
  select.value = cite.speech;
  const list = document.createElement('div');
  list.className = 'max-h-[60vh] space-y-1 overflow-y-auto';
  row.append(labelled('讲话', select), list, removeButton(row, '删除这篇讲话'));
  const show = async ({ paragraphs, background = [] }: Omit<DraftCite, 'speech'>) => {
    // Until the speech is read, the ticks to restore are the row's value, so a save meanwhile keeps them.
    row.dataset.pending = JSON.stringify({ paragraphs, background });
    list.replaceChildren();
    if (!select.value) {
      delete row.dataset.pending;
      return;
    }
    const status = document.createElement('p');
    status.textContent = '正在读取讲话……';
    list.append(status);
    const speech = await speechText(select.value);
    if (!speech) {
      status.textContent = '讲话读取失败，请检查网络后重新选择。';
      delete row.dataset.pending;
      return;
    }
    const group = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'text-sm font-bold';
    legend.textContent = `勾选案例对应的段落（《${speech.title}》）`;
    const hint = document.createElement('p');
    hint.className = 'text-sm text-muted';
    hint.textContent =
      '讲话在这一段提出这项要求或说到这个做法，只勾左边的框；这一段只是交代背景（回顾情况、指出问题、讲道理），再勾“只作背景”。';
    group.append(legend, hint);
    let heading = '';
    for (const paragraph of speech.paragraphs) {
      const above = paragraph.section?.text ?? paragraph.part?.text ?? '';
      if (above && above !== heading) {
        heading = above;
        const title = document.createElement('p');
        title.className = 'mt-3 font-bold';
        title.textContent = above;
        group.append(title);
      }
      const line = document.createElement('div');
      line.className = 'flex flex-wrap items-start gap-2 border-t border-line py-2';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'mt-1 size-5 shrink-0';
      box.value = paragraph.id;
      box.dataset.paragraph = '';
      box.checked = paragraphs.includes(paragraph.id) || background.includes(paragraph.id);
      box.id = nextId('cite');
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.className = 'min-w-0 flex-1 basis-[calc(100%-2.5rem)] sm:basis-0';
      const number = document.createElement('span');
      number.className = 'me-1 font-bold';
      number.textContent = `第 ${paragraphLabel(paragraph.id)} 段`;
      label.append(number, paragraph.text);
      const quote = document.createElement('button');
      quote.type = 'button';
      quote.className = `${small} ms-7 shrink-0 text-sm sm:ms-0`;
      quote.textContent = '引用原文';
      quote.setAttribute('aria-label', `引用原文：把第 ${paragraphLabel(paragraph.id)} 段插入正文`);
      quote.addEventListener('click', () => onQuote(speech, paragraph));
      line.append(
        box,
        label,
        backgroundBox(box, paragraph.id, background.includes(paragraph.id)),
        quote,
      );
      group.append(line);
    }
    list.replaceChildren(group);
    delete row.dataset.pending;
    row.dispatchEvent(new Event('input', { bubbles: true }));
  };
  select.addEventListener('change', () => void show({ paragraphs: [], background: [] }));
  void show(cite);
  return row;
}
