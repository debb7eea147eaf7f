import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');

/** The declarations of the first rule whose selector is `selector`, in order. */
function declarationsOf(selector: string): string[] {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) return [];
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return body
    .split(';')
    .map((line) => line.replace(/\/\*[\s\S]*?\*\//g, '').trim())
    .filter(Boolean);
}

const names = (declarations: string[]) =>
  declarations.filter((d) => d.startsWith('--color-')).map((d) => d.split(':')[0]!.trim());

// The dark palette is written twice: for the 深色 toggle, and for the system's dark setting
// when the reader has chosen nothing (which must work with JavaScript off, so no script can
// write one from the other). This holds the two copies equal.
describe('the dark palette', () => {
  const toggled = declarationsOf("html[data-theme='dark']");
  const system = declarationsOf('html:not([data-theme])');

  test('the 深色 toggle and the system dark setting give the same colours', () => {
    expect(toggled.length).toBeGreaterThan(10);
    expect(system).toEqual(toggled);
  });

  test('gives every colour of the light palette a dark value, and no colour the light palette lacks', () => {
    expect(names(toggled).sort()).toEqual(names(declarationsOf('@theme')).sort());
  });
});
