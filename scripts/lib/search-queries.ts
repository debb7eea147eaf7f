/** The queries the search evaluation runs, by kind, as cadres type them. */
export const EVAL_QUERIES: Record<string, string[]> = {
  理念名称: ['大党建共建', '大整合共治', '大服务共享', '大作为共创'],
  政策术语: [
    '网格化服务中心',
    '四所合一',
    '双述双评',
    '党群服务中心',
    '区域化党建联盟',
    '街道管理体制改革',
    '居民议事委员制度',
    '党建+创城',
    '党建+智慧警务',
    '最后一公里',
    '两学一做',
    '书记问评',
    '乡村振兴',
    '联席会商',
    '志愿服务',
    '述职评议考核',
  ],
  匿名占位: ['X党旗红', 'X党建+乡村振兴', 'X两个示范点', 'X党总支'],
  双字词: ['社区', '党建', '治理', '网格', '自治', '创城', '试点'],
  无处出现: ['段简', '量子计算'],
};

/** Every query, with its kind. */
export const ALL_EVAL_QUERIES = Object.entries(EVAL_QUERIES).flatMap(([kind, queries]) =>
  queries.map((query) => ({ kind, query })),
);

/** The queries whose first search is measured for bytes and time (bench and search evaluation). */
export const FIRST_SEARCH_QUERIES = ['网格化服务中心', '大服务共享', '四所合一'];

/**
 * Three more everyday queries for the first-search measurement, added when the bench's own
 * three were found to flatter the site: a common two-character pair, a policy phrase and a
 * five-character term, none of them tuned for.
 */
export const FRESH_SEARCH_QUERIES = ['社区治理', '乡村振兴', '基层党组织'];

/** Every query whose first search is measured. */
export const MEASURED_QUERIES = [...FIRST_SEARCH_QUERIES, ...FRESH_SEARCH_QUERIES];
