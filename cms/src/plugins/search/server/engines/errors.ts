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

/**
 * A search the engine stopped or did not start because it would hold the engine: over the time
 * budget, or more searches waiting than the queue holds. Answered 503, with Meilisearch's shape.
 */
export class SearchBusyError extends Error {
  constructor(
    message: string,
    readonly code: 'search_timeout' | 'search_busy'
  ) {
    super(message);
    this.name = 'SearchBusyError';
  }
}
