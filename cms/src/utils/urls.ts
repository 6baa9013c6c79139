/** Whether the text is an absolute http:// or https:// address (not javascript:, mailto: or a path). */
export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};
