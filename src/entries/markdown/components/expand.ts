import type { ElementContent, Root } from 'hast';
import { attribute, childrenOf, isComponent, visit } from '../hast.ts';
import { ALLOWED_COMPONENTS, type AllowedComponentName } from './allowed.ts';
import { figure } from './figure.ts';
import { note } from './note.ts';
import { speechQuote, type QuotableSpeech } from './speech-quote.ts';

/**
 * Replaces the author components in an entry's tree by their HTML. These three
 * are all there is: content never imports anything, and anything else written
 * as a component stops the build (the content check reports it first, with its line).
 * @param file the entry's file, for messages
 */
export function expandComponents(
  tree: Root,
  speeches: readonly QuotableSpeech[],
  file: string,
): void {
  visit(tree, (node, ancestors) => {
    // Code in any form is refused, not skipped: a page must never differ silently from its file.
    if (['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'].includes(node.type as string)) {
      throw new Error(
        `${file}：正文里不能有 import、export 或 {…}（会被当作代码）。要写花括号本身，请用全角 ｛ ｝。`,
      );
    }
    if (!isComponent(node)) return;
    const name = node.name ?? '';
    if (!Object.hasOwn(ALLOWED_COMPONENTS, name))
      throw new Error(
        `${file}：不能使用 <${name}>。可用的组件：${Object.keys(ALLOWED_COMPONENTS).join('、')}。`,
      );
    // Inner components first, so a <Note> may hold a <SpeechQuote>.
    expandComponents(
      { type: 'root', children: childrenOf(node) as Root['children'] },
      speeches,
      file,
    );
    const children = childrenOf(node) as ElementContent[];
    const props = (prop: string) => attribute(node, prop);
    const builders: Record<AllowedComponentName, () => ElementContent> = {
      SpeechQuote: () =>
        speechQuote(
          { speech: props('speech'), at: props('at') },
          children,
          speeches,
          `${file} 中的 <SpeechQuote speech="${props('speech')}" at="${props('at')}">`,
        ),
      Note: () => note({ title: props('title') }, children),
      Figure: () => figure({ caption: props('caption') }, children),
    };
    const parent = ancestors.at(-1)!;
    const siblings = parent.children as ElementContent[];
    siblings.splice(
      siblings.indexOf(node as ElementContent),
      1,
      builders[name as AllowedComponentName](),
    );
    return 'skip';
  });
}
