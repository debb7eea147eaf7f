import { describe, expect, test } from 'vitest';
import { parseSiteAddress } from '../../src/site/site-address.ts';

describe('parseSiteAddress', () => {
  test.each([
    [undefined, 'http://localhost:4321/', '/'],
    ['', 'http://localhost:4321/', '/'],
    ['https://zhishiku.example.gov.cn', 'https://zhishiku.example.gov.cn/', '/'],
    ['http://10.0.0.5/zhishiku', 'http://10.0.0.5/zhishiku/', '/zhishiku/'],
    ['http://intranet.example/a/b/', 'http://intranet.example/a/b/', '/a/b/'],
    [' http://10.0.0.5:8080/zhishiku/ ', 'http://10.0.0.5:8080/zhishiku/', '/zhishiku/'],
  ])('reads %j as %s under %s', (value, url, base) => {
    expect(parseSiteAddress(value)).toEqual({ url, base });
  });

  test.each([
    ['intranet.example/zhishiku', '不是完整的网址（要以 http:// 或 https:// 开头）'],
    ['ftp://intranet.example/', '网址要以 http:// 或 https:// 开头，不能是 ftp://'],
    ['http:///zhishiku', '“//”后面要紧跟主机名或 IP 地址'],
    ['http://user:secret@intranet.example/', '不能带用户名或密码'],
    ['http://intranet.example/zhishiku/?from=1', '不能带“?”或“#”后面的部分'],
    [
      'http://intranet.example/知识库/',
      '路径“/知识库/”只能用英文字母、数字和 . _ ~ -，每段之间用 / 分开',
    ],
    ['http://intranet.example/a/../b/', '路径里不能有“.”或“..”这样的段'],
  ])('refuses %j, saying why and what to write', (value, why) => {
    expect(() => parseSiteAddress(value)).toThrow(
      `SITE_URL 的值“${value}”不能用：${why}。应写网站的完整地址，例如 http://10.0.0.5/zhishiku/ 或 https://zhishiku.example.gov.cn/。`,
    );
  });
});
