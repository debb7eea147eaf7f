import type { CollectionName } from '../../common/collections.ts';
import { paragraphLabel } from '../../common/anchors.ts';
import { entryFile, type DraftValue } from '../../common/draft/entry-file.ts';
import type { ContributeData, SpeechText } from '../../common/draft/page-data.ts';
import { FORM_FIELDS } from '../../schemas/form.ts';
import { FORGE_NAMES } from '../../common/forge-links.ts';
import { readValues, writeField, type Draft } from './draft.ts';
import type { PageFinding } from './findings.ts';
import { handoff, handoffMessage } from './handoff.ts';
import { renderPreview } from './preview.ts';
import { citeRow, sourceRow } from './rows.ts';
import { knowSpeeches } from './speech-texts.ts';
import { clearDraft, loadDraft, parseDraft, saveDraft } from './storage.ts';
import { insertImport, insertPaste } from './body-input.ts';
import { blocksToMarkdown } from '../../common/draft/blocks.ts';

/** What each collection's body is, said above the body box. */
const BODY_HELP: Partial<Record<CollectionName, string>> = {
  cases:
    '案例正文分“背景”“做法”“成效”“经验启示”四节，每节以“## ”加小标题开头；来源没有说明成效的，不写“成效”一节。',
  speeches: '讲话正文照录原文。Word 里“一、”“（一）”“一是”开头的标题行会自动变成小标题。',
  sites: '介绍这个示范点：来源怎么说，在哪里，做了什么。',
  glossary: '解释这个术语：讲话或案例怎么用它，一般的含义是什么；只写来源能支持的内容。',
};

const CASE_SECTIONS = '## 背景\n\n\n\n## 做法\n\n\n\n## 成效\n\n\n\n## 经验启示\n\n';

/** Whether the editor has written anything yet: before that, there is nothing to check. */
const written = (draft: Draft) =>
  Object.values(draft.bodies).some((body) => body?.trim()) ||
  Object.values(draft.values).some((values) =>
    Object.values(values ?? {}).some((field) =>
      field.kind === 'text'
        ? field.value.trim() !== ''
        : field.kind === 'sources'
          ? field.value.some((source) => Object.values(source).some((part) => part?.trim()))
          : field.kind === 'cites'
            ? field.value.some((cite) => cite.speech)
            : field.value.some((item) => item.trim()),
    ),
  );

class ContributeForm extends HTMLElement {
  #data!: ContributeData;
  #form!: HTMLFormElement;
  #draft!: Draft;
  #version = 0;
  #timer: number | undefined;

  connectedCallback() {
    this.#data = JSON.parse(this.dataset.config ?? '{}') as ContributeData;
    knowSpeeches(this.#data.speeches);
    this.#form = this.querySelector('form')!;
    this.#form.hidden = false;
    // The label follows the repository's forge, which the build's settings (REPOSITORY_FORGE) choose;
    // a site built without a repository has no forge button, only download and copy.
    const { repository } = this.#data;
    if (repository)
      this.#field('[data-open-forge]').textContent = `在 ${FORGE_NAMES[repository.forge]} 中新建`;
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    // Enter in a one-line field would submit the form and move the editor away from it.
    this.#form.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'text')
        event.preventDefault();
    });
    // 检查 checks now and takes the reader to what it found; nothing is sent anywhere.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.#timer);
      void this.#update().then(() => this.#field('#contribute-check').focus());
    });
    const asked = new URLSearchParams(location.search).get('type');
    const stored = loadDraft();
    const first = this.#data.collections[0]!.name;
    const offered = (name: string | null | undefined): name is CollectionName =>
      this.#data.collections.some((collection) => collection.name === name);
    this.#draft = stored ?? {
      collection: offered(asked) ? asked : first,
      values: {},
      bodies: {},
      fileName: '',
      nameEdited: false,
    };
    if (offered(asked)) this.#draft.collection = asked;
    this.#restore();
    this.#wire();
    this.#update();
    if (stored)
      this.#status(
        '[data-draft-status]',
        '已恢复上次保存在这台设备上的草稿。草稿会一直保存，直到点“清除草稿”。',
      );
  }

  #field = (selector: string) => this.querySelector<HTMLElement>(selector)!;
  #body = () => this.querySelector<HTMLTextAreaElement>('[data-body]')!;
  #nameInput = () => this.querySelector<HTMLInputElement>('[data-file-name]')!;
  #folder = () =>
    this.#data.collections.find((collection) => collection.name === this.#draft.collection)!.folder;

  #status(selector: string, text: string) {
    this.#field(selector).textContent = text;
  }

  /** Puts the draft into the form: the type, every form's values, the rows, the body and the name. */
  #restore() {
    // Back to the page's own defaults first, so that a field the draft leaves out is empty, not stale.
    this.#form.reset();
    const { collection } = this.#draft;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name="type"]'))
      input.checked = input.value === collection;
    for (const { name } of this.#data.collections) {
      const holder = this.#field(`[data-fields-of="${name}"]`);
      const values = this.#draft.values[name] ?? {};
      for (const field of FORM_FIELDS[name] ?? []) {
        const value = values[field.key];
        const rows = holder.querySelector(`[data-field="${field.key}"] [data-rows]`);
        if (field.widget.kind === 'sources' && rows) {
          const sources =
            value?.kind === 'sources' && value.value.length ? value.value : [{ title: '' }];
          rows.replaceChildren(...sources.map((source) => sourceRow(source)));
        } else if (field.widget.kind === 'cites' && rows) {
          const cites = value?.kind === 'cites' && value.value.length ? value.value : [undefined];
          rows.replaceChildren(
            ...cites.map((cite) => citeRow(this.#options(holder), this.#quote, cite)),
          );
        } else writeField(holder, name, field, value);
      }
    }
    this.#body().value = this.#draft.bodies[this.#draft.collection] ?? '';
    this.#nameInput().value = this.#draft.fileName;
    this.#show();
  }

  #options = (holder: ParentNode) =>
    holder.querySelector<HTMLTemplateElement>('template[data-speech-options]')!;

  /** Shows the chosen collection's form and says what its body is. */
  #show() {
    for (const holder of this.querySelectorAll<HTMLElement>('[data-fields-of]'))
      holder.hidden = holder.dataset.fieldsOf !== this.#draft.collection;
    this.#status('[data-body-help]', BODY_HELP[this.#draft.collection] ?? '');
    this.#status('[data-folder]', `${this.#folder()}/`);
    this.#field('[data-case-sections]').hidden = this.#draft.collection !== 'cases';
  }

  #quote = (speech: SpeechText, paragraph: SpeechText['paragraphs'][number]) => {
    const text = `<SpeechQuote speech="${speech.id}" at="${paragraph.id}">${paragraph.text}</SpeechQuote>`;
    insertImport(this.#body(), text);
    this.#status(
      '[data-import-status]',
      `已在正文光标处插入第 ${paragraphLabel(paragraph.id)} 段的原文引用。`,
    );
    this.#changed();
  };

  #wire() {
    this.#form.addEventListener('input', () => this.#changed());
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === 'type') {
        this.#draft.collection = target.value as CollectionName;
        this.#body().value = this.#draft.bodies[this.#draft.collection] ?? '';
        this.#show();
      }
      this.#changed();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-add]'))
      button.addEventListener('click', () => {
        const group = button.closest<HTMLElement>('[data-field]')!;
        const rows = group.querySelector('[data-rows]')!;
        rows.append(
          group.hasAttribute('data-sources')
            ? sourceRow()
            : citeRow(this.#options(group), this.#quote),
        );
        rows.lastElementChild?.querySelector<HTMLElement>('input, select')?.focus();
        this.#changed();
      });
    this.#nameInput().addEventListener('input', () => (this.#draft.nameEdited = true));
    this.#body().addEventListener('paste', (event) => {
      const notes: string[] = [];
      if (insertPaste(this.#body(), event, this.#kind(), notes)) {
        this.#status(
          '[data-import-status]',
          ['已按原来的段落、加粗、列表和表格粘贴，标点已改为全角。', ...notes].join(''),
        );
        this.#changed();
      }
    });
    this.#field('[data-docx]').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.#importDocx(file);
    });
    // A Word file dropped on the body's section is read as if chosen: how people move files on a computer.
    const drop = this.#field('[aria-labelledby="contribute-body"]');
    drop.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
    drop.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void this.#importDocx(file);
    });
    this.#field('[data-case-sections]').addEventListener('click', () => {
      insertImport(this.#body(), CASE_SECTIONS);
      this.#changed();
    });
    this.querySelector('[data-open-forge]')?.addEventListener('click', () => void this.#handOff());
    this.#field('[data-copy]').addEventListener('click', () => void this.#copy());
    this.#field('[data-download]').addEventListener('click', () =>
      this.#save(`${this.#draft.fileName}.mdx`, this.#file(), 'text/markdown'),
    );
    this.#field('[data-export]').addEventListener('click', () =>
      this.#save(
        `投稿草稿-${this.#draft.fileName || '未命名'}.json`,
        JSON.stringify(this.#draft, null, 2),
        'application/json',
      ),
    );
    this.#field('[data-import-draft]').addEventListener(
      'change',
      (event) => void this.#importDraft(event),
    );
    this.#field('[data-clear]').addEventListener('click', () => {
      if (!confirm('清除草稿后，这台设备上保存的内容都会删掉，不能恢复。确定清除吗？')) return;
      clearDraft();
      this.#draft = {
        collection: this.#draft.collection,
        values: {},
        bodies: {},
        fileName: '',
        nameEdited: false,
      };
      this.#restore();
      this.#update();
      clearDraft();
      this.#status('[data-draft-status]', '草稿已清除。');
    });
  }

  #kind = () =>
    (this.#draft.collection === 'speeches' ? 'speech' : 'document') as 'speech' | 'document';

  async #importDocx(file: File) {
    this.#status('[data-import-status]', `正在转换 ${file.name}……`);
    const { convertDocx } = await import('./convert/docx.ts');
    const result = await convertDocx(file, this.#kind());
    if (!result.ok) {
      this.#status('[data-import-status]', result.message);
      return;
    }
    insertImport(this.#body(), blocksToMarkdown(result.blocks));
    this.#status('[data-import-status]', [`已导入 ${file.name}。`, ...result.notes].join(''));
    this.#changed();
  }

  async #importDraft(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const draft = parseDraft(await file.text());
    input.value = '';
    if (!draft) {
      this.#status('[data-draft-status]', `${file.name} 不是本页导出的草稿文件，没有导入。`);
      return;
    }
    this.#draft = draft;
    this.#restore();
    this.#update();
    this.#status('[data-draft-status]', `已导入草稿 ${file.name}。`);
  }

  #changed() {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#update(), 150);
  }

  /** The entry file of the draft as it stands. */
  #file() {
    const values = this.#draft.values[this.#draft.collection] ?? {};
    const fields = (FORM_FIELDS[this.#draft.collection] ?? []).map(
      (field) =>
        [field.key, values[field.key] ?? { kind: 'text', value: '' }] as [string, DraftValue],
    );
    return entryFile(fields, this.#draft.bodies[this.#draft.collection] ?? '');
  }

  /** Reads the form into the draft, keeps it, and shows the file, the findings, the preview and the link. */
  async #update() {
    const version = ++this.#version;
    const { collection } = this.#draft;
    const values = readValues(this.#form, collection);
    this.#draft.values[collection] = values;
    const body = this.#body().value;
    this.#draft.bodies[collection] = body;
    const title = values.title?.kind === 'text' ? values.title.value.trim() : '';
    if (!this.#draft.nameEdited) {
      // The pinyin dictionary (pinyin-pro) is loaded once there is a title to spell.
      const slug = title ? (await import('../../common/slug.ts')).slugFromTitle(title) : '';
      if (version !== this.#version) return;
      this.#draft.fileName = slug;
      this.#nameInput().value = slug;
    } else
      this.#draft.fileName = this.#nameInput()
        .value.trim()
        .replace(/\.mdx$/i, '');
    if (!saveDraft(this.#draft))
      this.#status(
        '[data-draft-status]',
        '浏览器不允许保存草稿（可能是无痕窗口），关掉页面前请点“导出草稿”或“下载文件”。',
      );
    const file = this.#file();
    this.#status('[data-output]', file);
    if (this.#data.repository) {
      const link = handoff(
        this.#data.repository,
        this.#folder(),
        `${this.#draft.fileName}.mdx`,
        file,
      );
      this.#field('[data-open-forge]').setAttribute('href', link.url);
    }
    renderPreview(
      this.#field('[data-preview]'),
      values,
      body,
      (id) => this.#data.speeches.find((speech) => speech.id === id)?.title ?? id,
    );
    if (!written(this.#draft)) {
      this.#status('[data-findings]', '填写字段或导入正文后，这里会列出检查的结果。');
      return;
    }
    // The schemas (and Zod) load with the first thing written, not with the page.
    const { draftFindings, findingText } = await import('./findings.ts');
    const findings = await draftFindings(collection, values, body, this.#draft.fileName);
    if (version === this.#version) this.#showFindings(findings, findingText);
  }

  #showFindings(
    findings: PageFinding[],
    findingText: (finding: PageFinding) => { head: string; fix?: string },
  ) {
    const target = this.#field('[data-findings]');
    if (findings.length === 0) {
      target.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: 'rounded border border-line bg-tint p-3',
          textContent: '这一页能查的都查过了，没有发现问题。',
        }),
      );
      return;
    }
    const summary = Object.assign(document.createElement('p'), {
      className: 'font-bold',
      textContent: `发现 ${findings.length} 个问题，改好再提交：`,
    });
    const list = document.createElement('ul');
    list.className = 'space-y-2';
    for (const finding of findings) {
      const item = document.createElement('li');
      item.className = 'rounded border border-line p-2';
      item.dataset.rule = finding.rule;
      item.dataset.fieldKey = finding.field;
      const { head, fix } = findingText(finding);
      const message = Object.assign(document.createElement('p'), { textContent: head });
      item.append(message);
      if (fix)
        item.append(
          Object.assign(document.createElement('p'), { className: 'text-muted', textContent: fix }),
        );
      const id = this.#targetOf(finding.field);
      if (id) {
        const go = Object.assign(document.createElement('a'), {
          href: `#${id}`,
          textContent: '转到这一项',
          className: 'inline-flex min-h-11 items-center underline',
        });
        item.append(go);
      }
      list.append(item);
    }
    target.replaceChildren(summary, list);
  }

  #targetOf(field: string) {
    if (field === 'body') return 'contribute-text';
    if (field === 'fileName') return 'contribute-name';
    const id = `f-${this.#draft.collection}-${field}`;
    return document.getElementById(id) ? id : undefined;
  }

  async #handOff() {
    const { repository } = this.#data;
    if (!repository) return;
    const file = this.#file();
    const name = `${this.#draft.fileName}.mdx`;
    const link = handoff(repository, this.#folder(), name, file);
    this.#status('[data-handoff-status]', await handoffMessage(repository, link, name, file));
  }

  async #copy() {
    const { copyText } = await import('../clipboard.ts');
    const done = (await copyText(this.#file())) === 'copied';
    this.#status(
      '[data-handoff-status]',
      done
        ? '文件内容已复制到剪贴板。'
        : '浏览器没有允许复制，请展开“查看生成的文件”全选复制，或点“下载文件”。',
    );
  }

  #save(name: string, text: string, type: string) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

customElements.define('contribute-form', ContributeForm);
