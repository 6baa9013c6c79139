import * as React from 'react';

const isPublishShortcut = (event: KeyboardEvent): boolean =>
  event.key.toLowerCase() === 'enter' && event.shiftKey && (event.metaKey || event.ctrlKey);

/**
 * Strapi's hidden Publish action still listens for Ctrl/Cmd+Shift+Enter (its hooks have to keep
 * running, see hideDirectPublishing). Stopping the key at the window's capture phase keeps it
 * from reaching that listener, so the shortcut does nothing instead of asking the server for a
 * publish it refuses. Ctrl/Cmd+Enter (save) is left alone.
 */
export const useBlockPublishShortcut = (active: boolean): void => {
  React.useEffect(() => {
    if (!active) return undefined;
    const block = (event: KeyboardEvent) => {
      if (isPublishShortcut(event)) event.stopPropagation();
    };
    window.addEventListener('keydown', block, true);
    return () => window.removeEventListener('keydown', block, true);
  }, [active]);
};
