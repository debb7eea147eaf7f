const SPEECH_PAGE = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';
const CASE_PAGE = '/cases/quyuhua-dangjian-lianmeng/';

/** One page of each type the real site has (the comparison and 404 pages aside). */
export const PAGE_OF_EACH_TYPE = [
  '/',
  SPEECH_PAGE,
  CASE_PAGE,
  '/cases/',
  '/concepts/da-zhenghe-gongzhi/',
  '/sites/jiedao-guanli-tizhi-gaige-shidian/',
  '/glossary/',
  '/glossary/wanggehua/',
  '/pack/',
  '/contribute/',
  '/search/',
  '/matrix/',
  '/matrix/da-dangjian-gongjian/jiedao-guanli-tizhi-gaige-shidian/',
];
