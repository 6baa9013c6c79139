import type { BlockNode } from '../content/schemas';

/** Inline text nodes join directly; block nodes are separated by a space. */
const separator = (nodes: BlockNode[]): string => (nodes.some((n) => n.type === 'text') ? '' : ' ');

/** The plain text of rich-text blocks, for descriptions and feeds. */
export const blocksText = (nodes: BlockNode[] | null | undefined): string =>
  nodes ? nodes.map((n) => n.text ?? blocksText(n.children)).join(separator(nodes)).trim() : '';

/** Shortens text to about `max` characters at a word boundary. */
export const excerpt = (text: string, max = 200): string =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max)).trimEnd()}…`;
