import { element } from '../dom.ts';
import { caseSections } from './case-sections.ts';
import type { PackItem } from './state.ts';

/** The focus key of a section's checkbox, so the keyboard comes back to it when the view is rebuilt. */
const sectionFocus = (index: number, id: string) => `sections-${index}-${id}`;

/**
 * Checkboxes for the sections of a case (背景、做法、成效、经验启示) to include in the
 * handout beside its summary; none ticked, the summary only. Read from the case page,
 * so they fill in once it has loaded. Screen only: paper shows what was chosen.
 */
export function sectionChooser(
  item: PackItem,
  index: number,
  change: (sections: string[], focus: string) => void,
): HTMLElement {
  const box = element('fieldset', 'no-print mt-2 rounded border border-line px-3 pb-2');
  box.append(
    element('legend', 'px-1 font-bold', '讲义中收入案例正文'),
    element(
      'p',
      'text-sm text-muted',
      '不勾选时只收摘要；勾选的部分印在讲义上，也写进 Word 文档。',
    ),
  );
  const chosen = new Set(item.sections ?? []);
  void caseSections(item.url).then((sections) => {
    if (sections.length === 0) {
      box.append(element('p', 'text-sm', '这个案例的页面暂时无法载入，或没有分节的正文。'));
      return;
    }
    const row = element('div', 'flex flex-wrap gap-x-4');
    for (const section of sections) {
      const label = element('label', 'inline-flex min-h-11 items-center gap-2');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.className = 'size-5';
      input.checked = chosen.has(section.id);
      input.dataset.focus = sectionFocus(index, section.id);
      input.addEventListener('change', () => {
        const next = sections
          .map(({ id }) => id)
          .filter((id) => (id === section.id ? input.checked : chosen.has(id)));
        change(next, input.dataset.focus!);
      });
      label.append(input, section.heading);
      row.append(label);
    }
    box.append(row);
    box.dispatchEvent(new CustomEvent('pack-sections-ready', { bubbles: true }));
  });
  return box;
}
