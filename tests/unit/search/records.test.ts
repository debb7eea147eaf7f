import { describe, expect, test } from 'vitest';
import { recordFromHtml } from '../../../src/lib/search/records.ts';
import { plainText } from '../../../src/lib/search/tokens.ts';

const html = `<!doctype html><html lang="zh-CN"><head><title>页面</title>
<meta name="search-filter-type" content="案例" data-pagefind-filter="type[content]">
<meta name="search-filter-concept" content="大整合共治" data-pagefind-filter="concept[content]">
<meta name="search-filter-concept" content="大服务共享" data-pagefind-filter="concept[content]">
<meta name="search-meta-date" content="2022-06-27" data-pagefind-meta="date[content]">
<meta name="search-sort-date" content="2022-06-27" data-pagefind-sort="date[content]">
</head><body><nav>导航不收录</nav><article data-pagefind-body><h1>网格化服务中心</h1>
<dl data-pagefind-ignore><dt>日期</dt></dl><h2 id="background">背景</h2>
<p id="p-1" class="para"><a class="para-num" href="#p-1" data-pagefind-ignore>1</a>讲话<strong>指出</strong>，要建立健全。</p>
<script>不收录</script></article></body></html>`;

describe('recordFromHtml', () => {
  test('reads the searchable text, anchors, filters, metadata and sort keys of a page', () => {
    const record = recordFromHtml('/cases/x/', html)!;
    expect(plainText(record.content)).toBe('网格化服务中心\n背景\n讲话指出，要建立健全。');
    expect(record.meta).toEqual({
      title: '网格化服务中心',
      date: '2022-06-27',
      anchors: 'background:8,p-1:11',
    });
    expect(record.filters).toEqual({ type: ['案例'], concept: ['大整合共治', '大服务共享'] });
    expect(record.sort).toEqual({ date: '2022-06-27' });
  });

  test('leaves out pages that are not marked for search', () => {
    expect(recordFromHtml('/', '<html><body><main>首页</main></body></html>')).toBeUndefined();
  });
});
