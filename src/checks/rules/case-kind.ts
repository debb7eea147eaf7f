import { warning, type Finding } from '../finding.ts';
import { isDraft, type CheckContext } from '../context.ts';
import { requirementWord } from '../../common/requirement-words.ts';
import { LIMITS } from '../../schemas/limits.ts';

/** The fields whose words say what kind of case it is, as lists and search show it. */
const FIELDS = ['title', 'summary'] as const;

/** What each word found says about the case. */
const READS_AS: Readonly<Record<string, string>> = {
  试点: '讲话部署的试点多半还没有开展',
  要求: '“要求……”说的是讲话要求去做的事',
  要: '“要……”说的是讲话要求去做的事',
  推进: '“推进……”多半是讲话要求去做的事',
  推行: '“推行……”多半是讲话要求去做的事',
};

/**
 * A case of kind 已有做法 whose title or summary names a 试点 or reads as a
 * requirement (要求/要/推进/推行 as its main verb, see common/requirement-words.ts)
 * may be a deployment filed as a practice, and filtering on 已有做法 would return
 * it. A 提醒 per field, never an error: the words are a hint, a person decides.
 */
export function checkCaseKind({ entries }: CheckContext): Finding[] {
  return entries
    .filter(
      (entry) => entry.collection === 'cases' && entry.data?.kind === '已有做法' && !isDraft(entry),
    )
    .flatMap((entry) =>
      FIELDS.flatMap((field) => {
        const value = entry.data?.[field];
        // A value over its limit is the schema's to report, and is read no further.
        const found =
          typeof value === 'string' && value.length <= LIMITS[field]
            ? requirementWord(value)
            : undefined;
        if (!found) return [];
        return [
          warning(
            entry.file,
            entry.positions.valueAt([field]),
            'case-kind',
            `性质写的是“已有做法”，但${field === 'title' ? '标题' : '摘要'}里有“${found.word}”：${READS_AS[found.word]}。按“已有做法”筛选的读者会看到它。`,
            '请对照讲话原文核对性质（kind）：讲话要求去做的，改成 部署要求；讲话说已经做了、有了成效的，才是 已有做法。一个案例两样都有的，可以拆成两个案例。核对无误的，这条提醒可以不管。',
          ),
        ];
      }),
    );
}
