import type { ContributeData, SpeechText } from '../../common/draft/page-data.ts';

let known: ContributeData['speeches'] = [];
const cache = new Map<string, Promise<SpeechText | undefined>>();

/** Tells the module where each speech's text is (from the page's data). */
export function knowSpeeches(speeches: ContributeData['speeches']): void {
  known = speeches;
}

/** A speech's numbered text, fetched once from this site; undefined when it cannot be read. */
export function speechText(id: string): Promise<SpeechText | undefined> {
  const address = known.find((speech) => speech.id === id)?.text;
  if (!address) return Promise.resolve(undefined);
  let text = cache.get(id);
  if (!text) {
    text = fetch(address)
      .then((response) => (response.ok ? (response.json() as Promise<SpeechText>) : undefined))
      .catch(() => undefined);
    cache.set(id, text);
  }
  return text;
}
