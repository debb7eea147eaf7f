import { z } from 'astro/zod';
import { isParagraphAnchor, parseParagraphAnchor } from '../common/anchors.ts';
import { PLAIN_NUMBERING, type NumberingPlan } from '../common/numbering.ts';
import { listItems } from './common.ts';

/** An anchor as typed, in its one right form: `Ｐ－１２Ａ` and `P-12A` are `p-12a`. */
const anchorText = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** One anchor of the declaration, normalised, or the message saying how to write it. */
const anchor = (key: string, shape: string) =>
  z
    .string({ error: `${key} 的每一项都应当写成段落编号，例如 ${shape}。` })
    .transform(anchorText)
    .refine(isParagraphAnchor, { message: `${key} 的每一项都应当写成段落编号，例如 ${shape}。` });

/**
 * Frontmatter `paragraphNumbers` of a numbered entry (a speech, a case): how its published paragraph numbers
 * stay put when a paragraph is added, split off, merged or removed after
 * publication, so a trainer's link to `#p-13` keeps opening what it opened.
 */
export const paragraphNumbersFields = z.strictObject(
  {
    /** Paragraphs added after publication, numbered after the one before them: p-12a, then p-12b, follow p-12. */
    inserted: z
      .union([z.string(), z.array(z.string())], {
        error: 'paragraphNumbers.inserted（新加的段落）应当是段落编号的列表，例如 [p-12a]。',
      })
      .optional()
      .transform((value) => listItems(value).map(anchorText))
      .refine((items) => items.every((item) => parseParagraphAnchor(item)?.letter), {
        message:
          'paragraphNumbers.inserted（新加的段落）的每一项都应当是“前一段的编号加一个小写字母”，例如紧跟在 p-12 后面新加的一段写 p-12a，再一段写 p-12b。',
      }),
    /** Published numbers no paragraph has any more, each with the paragraph its links now open: `p-13: p-12`. */
    retired: z
      .record(
        anchor('paragraphNumbers.retired', 'p-13: p-12'),
        anchor('paragraphNumbers.retired', 'p-13: p-12'),
        {
          error:
            'paragraphNumbers.retired（撤下的编号）应当一行写一个“原编号: 现在打开的段落”，例如 p-13: p-12。',
        },
      )
      .optional()
      .transform((value) => value ?? {}),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `paragraphNumbers（段落编号登记）只能有 inserted（新加的段落）和 retired（撤下的编号）两项，不认识 ${issue.keys.join('、')}。`
        : 'paragraphNumbers（段落编号登记）应当写成两项：inserted: [p-12a] 和 retired: { p-13: p-12 }。',
  },
);

/** The declaration as a speech's frontmatter holds it: none means plain numbering. */
export const paragraphNumbersSchema = paragraphNumbersFields
  .optional()
  .transform((value) => value ?? PLAIN_NUMBERING);

export type ParagraphNumbers = z.output<typeof paragraphNumbersSchema>;

/**
 * The numbering plan that raw frontmatter declares, for everything that numbers
 * a speech outside the content layer (the check, quotations, dev QR codes): the
 * plain one when it declares none or declares it wrongly (the check says how).
 */
export function numberingPlanOf(frontmatter: unknown): NumberingPlan {
  const declared = (frontmatter as { paragraphNumbers?: unknown } | undefined)?.paragraphNumbers;
  const parsed = paragraphNumbersSchema.safeParse(declared);
  return parsed.success ? parsed.data : PLAIN_NUMBERING;
}
