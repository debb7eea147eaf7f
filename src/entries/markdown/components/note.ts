import type { Element, ElementContent } from 'hast';
import { element, text } from '../hast.ts';

/** `<Note title>`: a note box; its title is 说明 when none is given. */
export function note(props: { title?: string }, children: ElementContent[]): Element {
  const title = props.title ?? '说明';
  return element(
    'aside',
    {
      className: ['my-4', 'rounded', 'border', 'border-line', 'bg-tint', 'px-4', 'py-3'],
      ariaLabel: title,
    },
    [
      element('p', { className: ['font-bold'] }, [text(title)]),
      element('div', { className: ['mt-1'] }, children),
    ],
  );
}
