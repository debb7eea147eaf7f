import type { CollectionName } from '../../common/collections.ts';
import type { DraftCite, DraftSource, DraftValue } from '../../common/draft/entry-file.ts';
import { FORM_FIELDS, type FormField } from '../../schemas/form.ts';

/** Everything the editor has written: kept in this browser until cleared, exported as a file. */
export interface Draft {
  /** The collection chosen. */
  collection: CollectionName;
  /** Each form's values by field key, for every collection touched (switching type loses nothing). */
  values: Partial<Record<CollectionName, Record<string, DraftValue>>>;
  /** Each form's body, as Markdown, by collection: a speech's text is not a case's. */
  bodies: Partial<Record<CollectionName, string>>;
  /** The file name without .mdx. */
  fileName: string;
  /** Whether the editor changed the file name (then the title no longer renames it). */
  nameEdited: boolean;
}

/** What editors type between names: commas (half- and full-width), 、 and semicolons, as the schemas split them. */
const SEPARATORS = /[,，、;；]/;

const inputOf = (root: ParentNode, selector: string) =>
  root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);

const named = (collection: CollectionName, field: FormField) => `${collection}.${field.key}`;

/** The value a field of the form holds now. */
export function readField(
  root: ParentNode,
  collection: CollectionName,
  field: FormField,
): DraftValue {
  const name = named(collection, field);
  const checked = (key: string) =>
    [...root.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
      (input) => input.value,
    );
  const widget = field.widget;
  switch (widget.kind) {
    case 'text':
    case 'date':
      return { kind: 'text', value: inputOf(root, `[name="${name}"]`)?.value ?? '' };
    case 'choice':
      return { kind: 'text', value: checked(name)[0] ?? '' };
    case 'pick':
      return { kind: 'names', value: checked(name) };
    case 'names': {
      const typed = (inputOf(root, `input[type="text"][name="${name}"]`)?.value ?? '')
        .split(SEPARATORS)
        .map((item) => item.trim())
        .filter(Boolean);
      return { kind: 'names', value: [...new Set([...checked(`${name}.suggested`), ...typed])] };
    }
    case 'sentences':
      return {
        kind: 'sentences',
        value: (inputOf(root, `[name="${name}"]`)?.value ?? '').split('\n'),
      };
    case 'sources':
      return {
        kind: 'sources',
        value: rowsOf(root, field).map((row) => {
          const part = (key: keyof DraftSource) =>
            inputOf(row, `[data-source="${key}"]`)?.value.trim() ?? '';
          return {
            title: part('title'),
            publisher: part('publisher'),
            date: part('date'),
            url: part('url'),
          };
        }),
      };
    case 'cites':
      return {
        kind: 'cites',
        value: rowsOf(root, field).map((row): DraftCite => {
          const speech = row.querySelector<HTMLSelectElement>('select')?.value ?? '';
          const pending = (row as HTMLElement).dataset.pending;
          if (pending) return { speech, ...(JSON.parse(pending) as Omit<DraftCite, 'speech'>) };
          const background = [
            ...row.querySelectorAll<HTMLInputElement>('input[data-background]:checked'),
          ].map((input) => input.dataset.background!);
          const paragraphs = [
            ...row.querySelectorAll<HTMLInputElement>('input[data-paragraph]:checked'),
          ]
            .map((input) => input.value)
            .filter((id) => !background.includes(id));
          return { speech, paragraphs, background };
        }),
      };
  }
}

/** The rows of a sources or cites field. */
export const rowsOf = (root: ParentNode, field: FormField) => [
  ...(root.querySelector(`[data-fields-of] [data-field="${field.key}"] [data-rows]`)?.children ??
    []),
];

/** Every field of one collection's form, in the order the entry file writes them. */
export function readValues(root: ParentNode, collection: CollectionName) {
  const holder = root.querySelector(`[data-fields-of="${collection}"]`);
  if (!holder) return {};
  return Object.fromEntries(
    (FORM_FIELDS[collection] ?? []).map((field) => [
      field.key,
      readField(holder, collection, field),
    ]),
  );
}

/** Puts a saved value back into its field; sources and cites rows are made by the caller first. */
export function writeField(
  root: ParentNode,
  collection: CollectionName,
  field: FormField,
  value: DraftValue | undefined,
): void {
  const name = named(collection, field);
  const setChecked = (key: string, values: readonly string[]) => {
    for (const input of root.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`))
      input.checked = values.includes(input.value);
  };
  const widget = field.widget;
  if (!value) return;
  if (widget.kind === 'choice' && value.kind === 'text') return setChecked(name, [value.value]);
  if (widget.kind === 'pick' && value.kind === 'names') return setChecked(name, value.value);
  if (widget.kind === 'names' && value.kind === 'names') {
    const suggested = [
      ...root.querySelectorAll<HTMLInputElement>(`input[name="${name}.suggested"]`),
    ].map((input) => input.value);
    setChecked(`${name}.suggested`, value.value);
    const typed = inputOf(root, `input[type="text"][name="${name}"]`);
    if (typed) typed.value = value.value.filter((item) => !suggested.includes(item)).join('、');
    return;
  }
  const input = inputOf(root, `[name="${name}"]`);
  if (!input) return;
  if (value.kind === 'text') input.value = value.value;
  if (value.kind === 'sentences') input.value = value.value.join('\n');
}
