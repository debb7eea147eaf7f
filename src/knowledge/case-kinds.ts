import type { CaseData } from '../schemas/case.ts';

/** What each kind of case means, said where the kind is shown so a requirement is never read as an experience. */
export const CASE_KIND_NOTES: Readonly<Record<CaseData['kind'], string>> = {
  已有做法: '来源把它作为已经开展或取得成绩的做法来介绍。',
  部署要求: '来源提出的要求和部署，不是已有的经验；落实情况和成效来源没有说明。',
};
