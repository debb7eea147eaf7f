import type { Element, ElementContent } from 'hast';
import { element, text } from '../hast.ts';

/** `<Figure caption>`: the image is Markdown inside it, so Astro optimises it like any other content image. */
export function figure(props: { caption?: string }, children: ElementContent[]): Element {
  return element('figure', { className: ['my-6'] }, [
    ...children,
    element('figcaption', { className: ['mt-2', 'text-sm', 'text-muted'] }, [
      text(props.caption ?? ''),
    ]),
  ]);
}
