import { describe, expect, test } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { fileOf, htmlPages } from '../helpers/dist.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

// Reads the project's .htmlvalidate.json (html-validate's recommended rules) above each file.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
  test.each(htmlPages(SITE_DIST))('%s', async (path) => {
    const report = await validator.validateFile(fileOf(SITE_DIST, path));
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
  });

  test('the validator does find errors (it is not silently passing)', async () => {
    const report = await validator.validateString(
      '<main><div><p>未闭合</div></main>',
      `${ROOT}/probe.html`,
    );
    expect(report.valid).toBe(false);
  });
});
