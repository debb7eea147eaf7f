import { isParagraphAnchor } from '../common/anchors.ts';
import { z } from 'astro/zod';
import { listItems, requiredText, strictEntry } from './common.ts';
import { amount, LIMITS } from './limits.ts';

/** Paragraphs of one speech that a case illustrates. */
export const citeSchema = strictEntry(
  {
    /** The speech, by id or Chinese title. */
    speech: requiredText('cites.speech', '讲话'),
    /** Paragraph anchors as shown on the speech page, e.g. p-12; a single anchor may be written alone, and a list typed as one text is split. */
    paragraphs: z
      .union([z.string(), z.array(z.string())], {
        error: 'cites.paragraphs（段落）应当是段落编号的列表，例如 [p-12, p-13]。',
      })
      .transform(listItems)
      .refine((items) => items.length <= LIMITS.items, {
        message: `cites.paragraphs（段落）超过 ${amount(LIMITS.items)} 项。只写案例确实对应的段落。`,
      })
      .refine((items) => items.length > 0 && items.every(isParagraphAnchor), {
        message:
          'cites.paragraphs（段落）的每一项都应写成 p-数字，例如 p-12（见讲话页面上每段前的编号）。',
      }),
  },
  'cites（对应讲话）的每一项要写明哪篇讲话的哪几段，不能只写一个名称或编号。写成两行：  - speech: 讲话的文件名或标题，下一行与 speech 对齐写 paragraphs: [p-12, p-13]。',
);

export type CiteData = z.output<typeof citeSchema>;

/**
 * The cites with each paragraph of a speech cited once: a paragraph cited again
 * for the same speech (as written) is dropped, and so is a cite left with none,
 * keeping the first order. (A speech written once by its id and once by its
 * title is merged where the names are resolved, in the knowledge base.)
 */
export function uniqueCites(cites: CiteData[]): CiteData[] {
  const cited = new Set<string>();
  return cites.flatMap((cite) => {
    const paragraphs = cite.paragraphs.filter((anchor) => {
      const key = `${cite.speech}\u0000${anchor}`;
      if (cited.has(key)) return false;
      cited.add(key);
      return true;
    });
    return paragraphs.length > 0 ? [{ ...cite, paragraphs }] : [];
  });
}
