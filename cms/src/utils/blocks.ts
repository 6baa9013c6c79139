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
