import { editDistance } from '../../common/refs.ts';
import { error, type Finding, type Place } from '../finding.ts';
import { titleOf, type CheckContext } from '../context.ts';
import { placeInText, walk } from '../mdx-tree.ts';

/** The shape of a 「大…共…」 concept name: 大 + two characters + 共 + one character. */
const CONCEPT_SHAPE = /大\p{Script=Han}{2}共\p{Script=Han}/gu;

/** Frontmatter fields holding prose that readers see. */
const TEXT_FIELDS = ['title', 'summary', 'meeting', 'source', 'region'] as const;

/**
 * A phrase shaped like a concept name that names no concept entry is almost
 * always a slip (大整合共享 for 大整合共治): it would read as a fifth concept.
 */
export function checkVocabulary({ entries }: CheckContext): Finding[] {
  const concepts = entries
    .filter((entry) => entry.collection === 'concepts')
    .map(titleOf)
    .filter((title): title is string => !!title);
  const known = new Set(concepts);
  const findings: Finding[] = [];
  // The same slip written a thousand times is compared with every concept once.
  const nearest = new Map<string, { title: string; distance: number } | undefined>();
  const nearestTo = (phrase: string) => {
    if (!nearest.has(phrase))
      nearest.set(
        phrase,
        concepts
          .map((title) => ({ title, distance: editDistance(title, phrase) }))
          .sort((a, b) => a.distance - b.distance)[0],
      );
    return nearest.get(phrase);
  };
  const inspect = (file: string, text: string, placeAt: (index: number) => Place) => {
    for (const match of text.matchAll(CONCEPT_SHAPE)) {
      if (known.has(match[0])) continue;
      const near = nearestTo(match[0]);
      const fix =
        near && near.distance <= 2
          ? `是否想写“${near.title}”？若确实是一个新理念，请先在 content/concepts/ 为它新建条目。`
          : `现有理念：${concepts.join('、')}。若确实是一个新理念，请先在 content/concepts/ 为它新建条目。`;
      findings.push(
        error(
          file,
          placeAt(match.index),
          'vocabulary',
          `“${match[0]}”的写法像一个「大…共…」理念，但没有这个理念条目。`,
          fix,
        ),
      );
    }
  };
  for (const entry of entries) {
    for (const field of TEXT_FIELDS) {
      const value = entry.data?.[field];
      if (typeof value === 'string')
        inspect(entry.file, value, () => entry.positions.valueAt([field]));
    }
    for (const tag of entry.positions.itemsAt(['tags']))
      inspect(entry.file, tag.value, () => tag.place);
    if (entry.tree) {
      walk(entry.tree, (node) => {
        if (node.type === 'text' && node.value)
          inspect(entry.file, node.value, (index) => placeInText(node, index));
      });
    }
  }
  return findings;
}
