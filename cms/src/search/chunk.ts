/**
 * Long texts are indexed in chunks: Meilisearch ignores words past 65,535 per attribute, and a
 * hit is more telling when its snippet comes from the part that matched. Chunks overlap so a
 * phrase across a boundary is still found whole in one of them.
 */
export const CHUNK_WORDS = 400;
export const CHUNK_OVERLAP = 40;

/** Splits text at word boundaries into chunks of at most CHUNK_WORDS words (one chunk when shorter). */
export const chunkText = (text: string, size = CHUNK_WORDS, overlap = CHUNK_OVERLAP): string[] => {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length <= size) return [tokens.join(' ')];
  const chunks: string[] = [];
  for (let start = 0; start < tokens.length; start += size - overlap) {
    chunks.push(tokens.slice(start, start + size).join(' '));
    if (start + size >= tokens.length) break;
  }
  return chunks;
};
