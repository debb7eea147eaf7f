import { isParagraphAnchor } from '../common/anchors.ts';
import { z } from 'astro/zod';
import { listItems, requiredText, strictEntry } from './common.ts';
import { amount, LIMITS } from './limits.ts';

/** What each list of anchors is called in messages: its key and its Chinese name. */
const NAMES = {
  paragraphs: 'cites.paragraphs（段落）',
  background: 'cites.background（背景段落）',
} as const;

/** A list of paragraph anchors as editors write it: one anchor alone, a list typed as one text split, repeats dropped; absent is empty. */
const anchorList = (key: keyof typeof NAMES) =>
  z
    .union([z.string(), z.array(z.string())], {
      error: `${NAMES[key]}应当是段落编号的列表，例如 [p-12, p-13]。`,
    })
    .transform(listItems)
    .refine((items) => items.length <= LIMITS.items, {
      message: `${NAMES[key]}超过 ${amount(LIMITS.items)} 项。只写案例确实对应的段落。`,
    })
    .refine((items) => items.every(isParagraphAnchor), {
      message: `${NAMES[key]}的每一项都应写成 p-数字，例如 p-12（见讲话页面上每段前的编号）。`,
    })
    .default(() => []);

/** The message for a paragraph written in both lists: the editor must say which it is. */
export const bothRolesMessage = (anchor: string) =>
  `${anchor} 既写在 paragraphs（段落）里，又写在 background（背景段落）里，只能留一处：讲话在这一段提出这项要求或说到这个做法，留在 paragraphs；这一段只是交代背景（回顾情况、指出问题、讲道理），留在 background。`;

/** Paragraphs of one speech that a case illustrates, and those that only give it background. */
export const citeSchema = strictEntry(
  {
    /** The speech, by id or Chinese title. */
    speech: requiredText('cites.speech', '讲话'),
    /** Paragraphs that speak of the practice (require it or report it), e.g. p-12; a single anchor may be written alone, and a list typed as one text is split. */
    paragraphs: anchorList('paragraphs'),
    /** 背景段落: paragraphs that give the case context but do not speak of the practice itself, written as paragraphs are. */
    background: anchorList('background'),
  },
  'cites（对应讲话）的每一项要写明哪篇讲话的哪几段，不能只写一个名称或编号。写成两行：  - speech: 讲话的文件名或标题，下一行与 speech 对齐写 paragraphs: [p-12, p-13]。',
).superRefine((cite, ctx) => {
  if (cite.paragraphs.length === 0 && cite.background.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['paragraphs'],
      message: `${NAMES.paragraphs}没有写：写上讲话说到这个做法的段落，例如 paragraphs: [p-12]；只交代背景的段落写在 background 里，例如 background: [p-6]。`,
    });
  for (const anchor of cite.background.filter((item) => cite.paragraphs.includes(item)))
    ctx.addIssue({ code: 'custom', path: ['background'], message: bothRolesMessage(anchor) });
});

export type CiteData = z.output<typeof citeSchema>;

/**
 * The cites with each paragraph of a speech cited once in each list: a paragraph
 * cited again for the same speech (as written) is dropped, and so is a cite left
 * with none, keeping the first order. (A speech written once by its id and once
 * by its title is merged where the names are resolved, in the knowledge base.)
 */
export function uniqueCites(cites: CiteData[]): CiteData[] {
  const cited = new Set<string>();
  const once = (speech: string, role: string) => (anchor: string) => {
    const key = `${speech}\u0000${role}\u0000${anchor}`;
    if (cited.has(key)) return false;
    cited.add(key);
    return true;
  };
  return cites.flatMap((cite) => {
    const paragraphs = cite.paragraphs.filter(once(cite.speech, 'paragraphs'));
    const background = cite.background.filter(once(cite.speech, 'background'));
    return paragraphs.length + background.length > 0 ? [{ ...cite, paragraphs, background }] : [];
  });
}

/**
 * The paragraphs one cite lists in one role and a later cite of the same speech
 * (as written) in the other, each with the later cite's index and the role it is
 * written in there; the same cite's own overlap is its item's error, not repeated here.
 */
export function citedInBothRoles(
  cites: CiteData[],
): Array<{ index: number; role: 'paragraphs' | 'background'; anchor: string }> {
  const first = new Map<string, { index: number; role: 'paragraphs' | 'background' }>();
  return cites.flatMap((cite, index) =>
    (['paragraphs', 'background'] as const).flatMap((role) =>
      cite[role].flatMap((anchor) => {
        const key = `${cite.speech}\u0000${anchor}`;
        const earlier = first.get(key);
        if (!earlier) first.set(key, { index, role });
        return earlier && earlier.index !== index && earlier.role !== role
          ? [{ index, role, anchor }]
          : [];
      }),
    ),
  );
}
