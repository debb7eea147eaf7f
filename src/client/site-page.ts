const pages = new Map<string, Promise<Document | undefined>>();

/**
 * A page of this site, fetched once and parsed, for the scripts that read other pages
 * (the 学习单's texts and citations, the case comparison); undefined when it cannot be loaded.
 */
export function sitePage(url: string): Promise<Document | undefined> {
  if (!pages.has(url)) {
    pages.set(
      url,
      fetch(url)
        .then((response) =>
          response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
        )
        .then((html) => new DOMParser().parseFromString(html, 'text/html'))
        .catch(() => undefined),
    );
  }
  return pages.get(url)!;
}
