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

/** Per collection, the field that says whether the speech reports it as done, that value, and what to write when it is not. */
const KINDS: Readonly<
  Record<string, { key: string; done: string; noun: string; seen: string; fix: string }>
> = {
  cases: {
    key: 'kind',
    done: '已有做法',
    noun: '案例',
    seen: '按“已有做法”筛选的读者会看到它',
    fix: '请对照讲话原文核对性质（kind）：讲话要求去做的，改成 部署要求；讲话说已经做了、有了成效的，才是 已有做法。一个案例两样都有的，可以拆成两个案例。核对无误的，这条提醒可以不管。',
  },
  sites: {
    key: 'status',
    done: '已有',
    noun: '示范点',
    seen: '页面和列表会把它标成讲话说已经有的',
    fix: '请对照讲话原文核对性质（status）：讲话要求建设、开展或推广的（试点、示范带等），改成 部署要求；讲话说已经有的（参观过、作过介绍、已经建成的），才是 已有。核对无误的，这条提醒可以不管。',
  },
};

/**
 * A case of kind 已有做法 (or a model site of status 已有) whose title or summary
 * names a 试点 or reads as a requirement (要求/要/推进/推行 as its main verb, see
 * common/requirement-words.ts) may be a deployment filed as done, and filtering
 * on it would return it. A 提醒 per field, never an error: the words are a hint,
 * a person decides.
 */
export function checkCaseKind({ entries }: CheckContext): Finding[] {
  return entries
    .filter((entry) => {
      const kind = KINDS[entry.collection];
      return kind !== undefined && entry.data?.[kind.key] === kind.done && !isDraft(entry);
    })
    .flatMap((entry) =>
      FIELDS.flatMap((field) => {
        const kind = KINDS[entry.collection]!;
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
            `性质写的是“${kind.done}”，但${field === 'title' ? (entry.collection === 'sites' ? '名称' : '标题') : '摘要'}里有“${found.word}”：${READS_AS[found.word]}。${kind.seen}。`,
            kind.fix,
          ),
        ];
      }),
    );
}
