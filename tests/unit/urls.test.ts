import { describe, expect, test } from 'vitest';
import { urls } from '../../src/site/urls.ts';

describe('urls', () => {
  test.each([
    [urls.home(), '/'],
    [urls.entry('cases', 'wanggehua-fuwu-zhongxin'), '/cases/wanggehua-fuwu-zhongxin/'],
    [urls.anchor('speeches', 'jianghua', 'p-12'), '/speeches/jianghua/#p-12'],
    [urls.list('cases'), '/cases/'],
    [urls.list('cases', 1), '/cases/'],
    [urls.list('cases', 3), '/cases/3/'],
    [urls.tag('concepts', 'da-fuwu-gongxiang'), '/concepts/da-fuwu-gongxiang/'],
    [urls.tag('sites', 'mou-shequ', 2), '/sites/mou-shequ/2/'],
    [urls.search(), '/search/'],
    [urls.search('四所合一'), '/search/?q=%E5%9B%9B%E6%89%80%E5%90%88%E4%B8%80'],
    [urls.asset('/pagefind/pagefind.js'), '/pagefind/pagefind.js'],
  ])('builds %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('every page URL is ASCII and ends with a slash', () => {
    for (const url of [
      urls.entry('sites', 'a-b'),
      urls.list('speeches', 2),
      urls.tag('concepts', 'c', 5),
    ]) {
      expect(url).toMatch(/^[\x21-\x7e]+\/$/);
    }
  });
});
