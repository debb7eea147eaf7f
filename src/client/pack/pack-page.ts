import { copyText, manualCopyBox } from '../clipboard.ts';
import { emptyPack, moveItem, thisSite, type Pack } from './state.ts';
import { loadPack, savePack } from './storage.ts';
import { itemView } from './item-view.ts';
import type { ShareLinks } from './code-view.ts';
import { extras } from './lazy.ts';
import { element } from '../dom.ts';
import { caseIdOf, COMPARE_MAX, COMPARE_MIN } from '../../common/compare-cases.ts';

/**
 * The 学习单 page. With a pack in the address (#…) it shows that pack as a
 * printable handout; otherwise it shows the reader's own pack, to reorder,
 * trim, add discussion questions to, print and share as a link.
 */
class CoursePack extends HTMLElement {
  #pack: Pack = emptyPack();
  #shared = false;
  /** Counts loads, so a link pasted while the last one is still being read does not show the older one. */
  #loads = 0;
  /** Controls to focus once they appear, when the view was rebuilt before they could. */
  #focusLater: string[] = [];

  connectedCallback() {
    // A shared link pasted into a tab already on this page changes only the #…, without a reload.
    addEventListener('hashchange', () => void this.#load());
    // A case's section checkboxes appear once its page has loaded: the keyboard goes back to the one pressed.
    this.addEventListener('pack-sections-ready', () => {
      const control = this.#focusLater
        .map((key) => this.querySelector<HTMLElement>(`[data-focus="${key}"]`))
        .find(Boolean);
      if (control) {
        this.#focusLater = [];
        control.focus();
      }
    });
    void this.#load();
  }

  async #load() {
    const load = ++this.#loads;
    const encoded = location.hash.slice(1);
    if (encoded) {
      // The link's reader loads only for a shared pack; a reader's own pack needs none of it.
      const { decodeShareLink, resolveItem } = await extras();
      const result = await decodeShareLink(encoded, thisSite());
      if (load !== this.#loads) return;
      if (!result.ok) {
        this.#message(result.message, true);
        return;
      }
      // A compact link names only pages: their titles are read from the pages as they are today.
      const items = await Promise.all(result.pack.items.map(resolveItem));
      if (load !== this.#loads) return;
      this.#pack = { ...result.pack, items };
      this.#shared = true;
    } else {
      this.#pack = loadPack();
      this.#shared = false;
    }
    this.#render();
  }

  /**
   * Applies a change. The view is rebuilt, so `focus` names the controls to put the
   * keyboard back on, the first one still enabled; else the list's heading.
   */
  #update(pack: Pack, focus: string[] = []) {
    this.#pack = pack;
    if (!this.#shared) savePack(pack);
    this.#render();
    if (focus.length === 0) return;
    const control = focus
      .map((key) => this.querySelector<HTMLElement>(`[data-focus="${key}"]:not(:disabled)`))
      .find(Boolean);
    this.#focusLater = control ? [] : focus;
    (control ?? this.querySelector<HTMLElement>('#pack-items'))?.focus();
  }

  #message(text: string, alert = false) {
    const note = element('p', 'rounded border border-line bg-tint p-3', text);
    if (alert) note.setAttribute('role', 'alert');
    this.replaceChildren(note);
  }

  #render() {
    const pack = this.#pack;
    const view = element('div', 'pack');
    const heading = element('h2', 'pack-title text-2xl', pack.title);
    if (this.#shared) {
      view.append(
        element(
          'p',
          'no-print text-muted',
          '这是别人分享的学习单。可以直接打印，也可以存为你自己的学习单再修改。',
        ),
        heading,
      );
    } else {
      const label = element('label', 'no-print flex flex-col gap-1 font-bold', '学习单标题');
      const input = document.createElement('input');
      input.value = pack.title;
      input.className = 'min-h-12 rounded border-2 border-line bg-surface px-3 text-lg font-normal';
      input.addEventListener('change', () =>
        this.#update({ ...pack, title: input.value.trim().slice(0, 100) || '学习单' }),
      );
      label.append(input);
      view.append(label, heading);
    }
    // The link writer and the QR code load once the pack is on screen (client/pack/code-view.ts).
    const code = element('section', 'pack-code mt-4 flex flex-wrap items-center gap-4');
    code.setAttribute('aria-label', '这份学习单的二维码');
    code.hidden = pack.items.length === 0;
    const links = extras().then(({ shareLinks, fillCode }) => {
      const made = shareLinks(pack);
      if (pack.items.length > 0) fillCode(code, pack, made);
      return made;
    });
    view.append(code, this.#items(), this.#questions(), this.#actions(links));
    this.replaceChildren(view);
  }

  #items(): HTMLElement {
    const pack = this.#pack;
    const section = element('section', 'mt-6');
    section.setAttribute('aria-labelledby', 'pack-items');
    section.append(
      Object.assign(element('h3', 'text-xl', `学习材料（${pack.items.length}）`), {
        id: 'pack-items',
        tabIndex: -1,
      }),
    );
    if (pack.items.length === 0) {
      section.append(
        element(
          'p',
          'mt-2 text-muted',
          '学习单还是空的。在讲话或案例页面，点段落前的编号选“加入学习单”，或点页面底部的“加入学习单”。',
        ),
      );
      return section;
    }
    const list = element('ol', 'pack-items mt-2 space-y-4');
    pack.items.forEach((item, index) => {
      const entry = element('li', 'rounded border border-line p-3');
      entry.append(...itemView(item, index));
      if (!this.#shared && caseIdOf(item.url, this.dataset.casesUrl!) && !item.anchor) {
        // The checkboxes load with the case's sections, after the list is on screen.
        const slot = element('div');
        entry.append(slot);
        void extras().then(({ sectionChooser }) =>
          slot.replaceWith(
            sectionChooser(item, index, (sections, focus) =>
              this.#update({ ...pack, items: withSections(pack.items, index, sections) }, [focus]),
            ),
          ),
        );
      }
      if (!this.#shared) {
        const controls = element('div', 'no-print mt-2 flex flex-wrap gap-2');
        controls.append(
          button(
            '上移',
            `上移“${item.title}”`,
            index === 0,
            () =>
              this.#update({ ...pack, items: moveItem(pack.items, index, -1) }, [
                `up-${index - 1}`,
                `down-${index - 1}`,
              ]),
            `up-${index}`,
          ),
          button(
            '下移',
            `下移“${item.title}”`,
            index === pack.items.length - 1,
            () =>
              this.#update({ ...pack, items: moveItem(pack.items, index, 1) }, [
                `down-${index + 1}`,
                `up-${index + 1}`,
              ]),
            `down-${index}`,
          ),
          button(
            '删除',
            `从学习单删除“${item.title}”`,
            false,
            () =>
              this.#update({ ...pack, items: pack.items.filter((_, at) => at !== index) }, [
                `delete-${index}`,
                `delete-${index - 1}`,
              ]),
            `delete-${index}`,
          ),
        );
        entry.append(controls);
      }
      list.append(entry);
    });
    section.append(list);
    const compare = this.#compareLink();
    if (compare) section.append(compare);
    return section;
  }

  /** A link to see the pack's cases side by side (the first few), when it holds enough of them. */
  #compareLink(): HTMLElement | undefined {
    const cases = this.dataset.casesUrl!;
    const ids = [...new Set(this.#pack.items.flatMap((item) => caseIdOf(item.url, cases) ?? []))];
    if (ids.length < COMPARE_MIN) return undefined;
    const paragraph = element('p', 'no-print mt-3');
    const link = element(
      'a',
      'inline-flex min-h-11 items-center',
      ids.length > COMPARE_MAX ? `对照前 ${COMPARE_MAX} 个案例` : '对照这些案例',
    ) as HTMLAnchorElement;
    link.href = `${this.dataset.compareUrl}?cases=${ids.slice(0, COMPARE_MAX).join(',')}`;
    paragraph.append(link);
    return paragraph;
  }

  #questions(): HTMLElement {
    const pack = this.#pack;
    const section = element('section', 'mt-6');
    section.setAttribute('aria-labelledby', 'pack-questions');
    section.append(
      Object.assign(element('h3', 'text-xl', `研讨题（${pack.questions.length}）`), {
        id: 'pack-questions',
      }),
    );
    const list = element('ol', 'mt-2 list-decimal space-y-2 pl-6');
    pack.questions.forEach((question, index) => {
      const entry = element('li', '', question);
      if (!this.#shared) {
        entry.append(
          ' ',
          button('删除', `删除研讨题 ${index + 1}`, false, () =>
            this.#update({ ...pack, questions: pack.questions.filter((_, at) => at !== index) }, [
              'new-question',
            ]),
          ),
        );
      }
      list.append(entry);
    });
    section.append(list);
    if (!this.#shared) {
      const form = element('form', 'no-print mt-3 flex flex-col gap-2');
      const label = element('label', 'font-bold', '新研讨题') as HTMLLabelElement;
      const field = document.createElement('textarea');
      field.id = 'new-question';
      field.dataset.focus = 'new-question';
      field.rows = 2;
      field.maxLength = 500;
      field.className = 'rounded border-2 border-line bg-surface p-2 text-base';
      label.htmlFor = 'new-question';
      form.append(
        label,
        field,
        Object.assign(
          button('添加研讨题', '添加研讨题', false, () => {}),
          { type: 'submit' },
        ),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const question = field.value.trim();
        if (question)
          this.#update({ ...pack, questions: [...pack.questions, question] }, ['new-question']);
      });
      section.append(form);
    }
    return section;
  }

  /** Writes the pack as a .docx; the code that writes it loads only now (client/pack/word.ts). */
  async #word(control: HTMLButtonElement, status: HTMLElement) {
    control.disabled = true;
    status.replaceChildren('正在生成 Word 文档…');
    try {
      const { downloadWord, downloadedMessage } = await import('./word.ts');
      status.replaceChildren(downloadedMessage(await downloadWord(this.#pack)));
    } catch {
      status.replaceChildren('Word 文档没有生成成功，请刷新页面后再试；也可以先用“打印讲义”。');
    } finally {
      control.disabled = false;
    }
  }

  #actions(links: Promise<ShareLinks>): HTMLElement {
    const pack = this.#pack;
    const actions = element('div', 'no-print mt-8 flex flex-wrap gap-3');
    const status = element('p', 'w-full');
    status.setAttribute('role', 'status');
    actions.append(
      button('复制分享链接', '复制分享链接', pack.items.length === 0, async () => {
        const shareUrl = (await links).full;
        const result = await copyText(shareUrl);
        status.replaceChildren(
          result === 'copied'
            ? '已复制分享链接。打开这个链接就能看到这份学习单，不需要登录。'
            : '浏览器不允许自动复制，请选中下面的链接后复制：',
        );
        if (result === 'manual') status.append(manualCopyBox(shareUrl));
      }),
      button('打印讲义', '打印讲义', pack.items.length === 0, () => print()),
      button(
        '下载 Word',
        '下载 Word 文档',
        pack.items.length === 0,
        (event) => void this.#word(event.currentTarget as HTMLButtonElement, status),
      ),
    );
    if (this.#shared) {
      actions.append(
        button('存为我的学习单', '存为我的学习单', false, () => {
          const own = loadPack();
          if (
            own.items.length + own.questions.length > 0 &&
            !confirm(
              `你自己的学习单里已有 ${own.items.length} 项材料、${own.questions.length} 道研讨题，存入后会被这份替换。继续吗？`,
            )
          )
            return;
          savePack(pack);
          history.replaceState(null, '', location.pathname);
          this.#shared = false;
          this.#render();
        }),
      );
    } else {
      actions.append(
        button('清空', '清空学习单', pack.items.length === 0 && pack.questions.length === 0, () => {
          // The pack exists only in this browser: a slip of the finger must not lose a morning's work.
          if (confirm('清空学习单里的全部材料和研讨题？清空后无法恢复。'))
            this.#update(emptyPack(), ['new-question']);
        }),
      );
    }
    actions.append(status);
    return actions;
  }
}

/** The items with the one at `index` including `sections` (none: its summary only). */
function withSections(items: Pack['items'], index: number, sections: string[]): Pack['items'] {
  return items.map((item, at) => {
    if (at !== index) return item;
    const { sections: _, ...rest } = item;
    return sections.length > 0 ? { ...rest, sections } : rest;
  });
}

function button(
  text: string,
  label: string,
  disabled: boolean,
  action: (event: MouseEvent) => void,
  focusKey?: string,
): HTMLButtonElement {
  const node = document.createElement('button');
  if (focusKey) node.dataset.focus = focusKey;
  node.type = 'button';
  // Never on paper: a handout shows the material, not the controls that arranged it.
  node.className = 'no-print min-h-11 rounded border border-line bg-surface px-3';
  node.textContent = text;
  if (label !== text) node.setAttribute('aria-label', label);
  node.disabled = disabled;
  node.addEventListener('click', action);
  return node;
}

customElements.define('course-pack', CoursePack);
