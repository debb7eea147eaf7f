/**
 * Terms of the field that a query keeps whole when it is split into words for the
 * looser search (so 党群服务中心 is never searched as 党群 + 服务 + 中心), and
 * that a near-miss query is pointed to. Concept names and entry tags are added at
 * build time; these are the ones the content uses without tagging them.
 */
export const DOMAIN_TERMS = [
  '城乡社区治理',
  '基层党建',
  '党建引领',
  '网格化服务中心',
  '网格化',
  '党群服务中心',
  '四所合一',
  '双述双评',
  '区域化党建',
  '区域化党建联盟',
  '联席会商',
  '居民议事委员',
  '居民自治',
  '村民自治',
  '最后一公里',
  '两学一做',
  '不忘初心',
  '牢记使命',
  '书记问评',
  '述职评议考核',
  '乡村振兴',
  '文明城市',
  '党建+创城',
  '党建+智慧警务',
  '智慧警务',
  '志愿服务',
  '社会组织',
  '街道管理体制改革',
  '四级联动',
  '条块',
  '重点镇',
  '示范带',
  '示范点',
] as const;
