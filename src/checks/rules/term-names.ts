import { error, type Finding } from '../finding.ts';
import { isDraft, titleOf, type CheckContext } from '../context.ts';

/** A name a glossary term answers to, and where it is said. */
interface Owner {
  file: string;
  /** 标题 or 同义词. */
  as: string;
}

/** Names compared as the glossary links them: spaces do not count. */
const key = (name: string) => name.replace(/\s+/g, '');

/**
 * The site links the first use of each glossary term's title and synonyms to it,
 * so one name may belong to one term only: a synonym that is another term's title
 * or synonym would leave readers at whichever term the linker met first. Titles
 * claim their names first (two equal titles are the duplicate-title rule's), then
 * synonyms in file order; each later claim is reported at the synonym itself.
 */
export function checkTermNames({ entries }: CheckContext): Finding[] {
  const terms = entries.filter((entry) => entry.collection === 'glossary' && !isDraft(entry));
  const owners = new Map<string, Owner>();
  for (const term of terms) {
    const title = titleOf(term);
    if (title && !owners.has(key(title))) owners.set(key(title), { file: term.file, as: '标题' });
  }
  return terms.flatMap((term) =>
    term.positions.itemsAt(['synonyms']).flatMap(({ value, place }) => {
      const owner = owners.get(key(value));
      if (!owner) {
        owners.set(key(value), { file: term.file, as: '同义词' });
        return [];
      }
      if (owner.file === term.file) return [];
      return [
        error(
          term.file,
          place,
          'term-name',
          `同义词“${value}”已是 ${owner.file} 的${owner.as}；正文里的“${value}”不知道该链接到哪个术语。`,
          `从 synonyms 里删掉“${value}”。两条说的是同一件事的话，把它们合成一条，另一条的文件名写进 aliases，旧网址照样能打开。`,
        ),
      ];
    }),
  );
}
