/** A search request the engine cannot answer, with Meilisearch's error code and a message saying what is wrong. */
export class SearchRequestError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message);
    this.name = 'SearchRequestError';
  }
}
