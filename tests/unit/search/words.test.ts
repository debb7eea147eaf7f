import { describe, expect, test } from 'vitest';
import { looseWords, spacedWords } from '../../../src/client/search/words.ts';

const dictionary = ['党群服务中心', '网格化', '网格化服务中心', '大整合共治'];

describe('looseWords', () => {
  test.each([
    ['党群服务中心建设', ['党群服务中心', '建设']],
    ['网格化服务平台', ['网格化', '服务', '平台']],
    ['网格 党建', ['网格', '党建']],
    ['大整合共享', ['整合', '共享']],
    ['段简', ['段简']],
    ['社', []],
  ])('%j → %j', (query, words) => {
    expect(looseWords(query, dictionary)).toEqual(words);
  });
});

describe('spacedWords', () => {
  test.each([
    ['社区 党员', ['社区', '党员']],
    ['社区　党员', ['社区', '党员']],
    ['  社区   党员 社区 ', ['社区', '党员']],
    ['社区党员', ['社区党员']],
    ['“社区 党员”', ['“社区 党员”']],
    ['社区 ， 党员', ['社区', '党员']],
  ])('reads %s as %j', (query, words) => {
    expect(spacedWords(query)).toEqual(words);
  });
});
