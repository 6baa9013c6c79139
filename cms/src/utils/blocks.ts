/** Strapi 5 "blocks" rich text: a list of nodes; plain paragraphs are all the demo data needs. */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface ParagraphBlock {
  type: 'paragraph';
  children: TextNode[];
}

/** Turns plain paragraphs into blocks rich text. */
export const paragraphsToBlocks = (paragraphs: readonly string[]): ParagraphBlock[] =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

interface AnyBlockNode {
  type?: string;
  text?: string;
  children?: AnyBlockNode[];
}

/** The plain text of blocks rich text: inline nodes joined as they are, blocks by a blank. */
export const blocksToText = (nodes: unknown): string => {
  if (!Array.isArray(nodes)) return '';
  const list = nodes as AnyBlockNode[];
  const inline = list.some((node) => node.type === 'text' || node.type === 'link');
  return list
    .map((node) => (typeof node.text === 'string' ? node.text : blocksToText(node.children)))
    .join(inline ? '' : '\n')
    .trim();
};
