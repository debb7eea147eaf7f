import { describe, expect, test } from 'vitest';
import { pageText, searchRecord } from '../../../src/postbuild/search-records.ts';
import { plainText } from '../../../src/common/search/tokens.ts';

const html = `<!doctype html><html lang="zh-CN"><head><title>页面</title></head>
<body><nav>导航不收录</nav><article data-pagefind-body><h1>网格化服务中心</h1>
<dl data-pagefind-ignore><dt>日期</dt></dl><h2 id="background">背景</h2>
<p id="p-1" class="para"><a class="para-num" href="#p-1" data-pagefind-ignore>1</a>讲话<strong>指出</strong>，要建立健全。</p>
<script>不收录</script></article></body></html>`;

describe('pageText', () => {
  test('reads the searchable text of a page and where its anchors start', () => {
    expect(pageText(html)).toEqual({
      text: '网格化服务中心\n背景\n讲话指出，要建立健全。',
      anchors: [
        ['background', 8],
        ['p-1', 11],
      ],
    });
  });

  test('leaves out pages that are not marked for search', () => {
    expect(pageText('<html><body><main>首页</main></body></html>')).toBeUndefined();
  });
});

describe('searchRecord', () => {
  test('files the page text under the title, filters, metadata and sort keys it is given', () => {
    const record = searchRecord('/cases/x/', pageText(html)!, {
      title: '网格化服务中心',
      filters: { type: ['案例'], concept: ['大整合共治', '大服务共享'] },
      meta: { type: '案例', concepts: '大整合共治、大服务共享' },
      sort: { date: '0000' },
    });
    expect(plainText(record.content)).toBe('网格化服务中心\n背景\n讲话指出，要建立健全。');
    expect(record.meta).toEqual({
      title: '网格化服务中心',
      type: '案例',
      concepts: '大整合共治、大服务共享',
      anchors: 'background:8,p-1:11',
    });
    expect(record.filters).toEqual({ type: ['案例'], concept: ['大整合共治', '大服务共享'] });
    expect(record.sort).toEqual({ date: '0000' });
  });
});
