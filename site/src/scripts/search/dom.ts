import { POST, PRE } from './client';

type Child = Node | string | null | undefined | false;

/** document.createElement with attributes and children; text is always text, never HTML. */
export const h = (tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
};

/** The engine's highlighted text (matches between PRE and POST) as text nodes and <mark>s. */
export const marked = (text: string): DocumentFragment => {
  const fragment = document.createDocumentFragment();
  const parts = text.split(PRE);
  fragment.append(parts[0]);
  for (const part of parts.slice(1)) {
    const [match, rest = ''] = part.split(POST);
    fragment.append(h('mark', {}, match), rest);
  }
  return fragment;
};

/** Fills a template string's {placeholders}. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const DATE = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });

/** 04/12/2023, in Vietnamese time. */
export const formatDate = (value: number | string): string =>
  DATE.format(typeof value === 'number' ? new Date(value * 1000) : new Date(value));
