import { error, type Finding } from '../finding.ts';
import { isDraft, titleOf, type CheckContext } from '../context.ts';
import { bystandersFirst, named } from '../unchanged-files.ts';
import { roleOf } from '../../common/collections.ts';

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
 * synonyms in file order, the files a change leaves alone before those it touches;
 * each later claim is reported at the synonym itself.
 */
export function checkTermNames({ entries, unchanged = new Set() }: CheckContext): Finding[] {
  const terms = bystandersFirst(entries, unchanged).filter(
    (entry) => roleOf(entry.collection) === 'term' && !isDraft(entry),
  );
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
      // A published synonym that a changed term's new title now takes: the finding is on that title.
      if (unchanged.has(term.file) && !unchanged.has(owner.file) && owner.as === '标题') {
        const changed = terms.find((other) => other.file === owner.file)!;
        return [
          error(
            changed.file,
            changed.positions.valueAt(['title']),
            'term-name',
            `标题“${titleOf(changed)}”已是${named(term.file, unchanged)} 的同义词；正文里的“${value}”不知道该链接到哪个术语。`,
            '换一个标题；要是两条说的是同一件事，就不必新建这一条，在已发布的那一条里补充内容。',
          ),
        ];
      }
      return [
        error(
          term.file,
          place,
          'term-name',
          `同义词“${value}”已是${unchanged.has(owner.file) ? '' : ' '}${named(owner.file, unchanged)} 的${owner.as}；正文里的“${value}”不知道该链接到哪个术语。`,
          `从 synonyms 里删掉“${value}”。两条说的是同一件事的话，把它们合成一条，另一条的文件名写进 aliases，旧网址照样能打开。`,
        ),
      ];
    }),
  );
}
