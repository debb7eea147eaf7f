import { isMap, isSeq, visit, type Document } from 'yaml';

/**
 * How much text `run` copies and splits: the characters of every `slice`,
 * `substring` and `substr` result and of every string it `split`s. A step that
 * reads the whole text again for each line or each finding shows up as work that
 * grows with the square of the input, without timing anything.
 */
export function textWork(run: () => void): number {
  const prototype = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = {
    slice: prototype.slice!,
    substring: prototype.substring!,
    substr: prototype.substr!,
    split: prototype.split!,
  };
  let work = 0;
  for (const name of ['slice', 'substring', 'substr'] as const) {
    const original = originals[name];
    prototype[name] = function (this: string, ...args: unknown[]) {
      const result = Reflect.apply(original, this, args) as string;
      work += result.length;
      return result;
    };
  }
  prototype.split = function (this: string, ...args: unknown[]) {
    work += this.length;
    return Reflect.apply(originals.split, this, args);
  };
  try {
    run();
  } finally {
    Object.assign(prototype, originals);
  }
  return work;
}

/**
 * Makes every list and map of a parsed YAML document count the entries read from
 * it, so a lookup that reads a map's entries one by one for each of its keys
 * shows up as reads growing with the square of the number of keys.
 * @returns the number of entries read so far
 */
export function countEntryReads(document: Document.Parsed): () => number {
  let reads = 0;
  visit(document, (_key, node) => {
    if (!isMap(node) && !isSeq(node)) return;
    const items = node.items as unknown[];
    node.items = new Proxy(items, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
        return Reflect.get(target, property, receiver) as unknown;
      },
    }) as typeof node.items;
  });
  return () => reads;
}

/** How many times more work an input twice as large took: about 2 when the work grows in proportion. */
export const growth = (work: (n: number) => number, n: number) => work(2 * n) / work(n);
