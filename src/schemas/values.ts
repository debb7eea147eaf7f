// The fixed values of choice fields, apart from their schemas: the 投稿 page lists them without loading Zod.

/** What a case records: a practice the source reports as done, or a task the source sets. Trainers must never take one for the other. */
export const CASE_KINDS = ['已有做法', '部署要求'] as const;

/** Administrative levels a case can sit at, from the top down. */
export const CASE_LEVELS = ['市', '区县', '街道', '乡镇', '社区', '村'] as const;

/** Whether the speech says a model site already exists (已有) or asks for it to be built, run or spread (部署要求). */
export const SITE_STATUSES = ['已有', '部署要求'] as const;

/** The kinds of model site, in the order they are listed. */
export const SITE_KINDS = ['城市社区', '农村社区', '街道', '乡镇', '党组织', '其他'] as const;
