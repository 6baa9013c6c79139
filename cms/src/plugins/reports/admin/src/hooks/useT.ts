import * as React from 'react';
import { useIntl } from 'react-intl';
import { MESSAGES, type MessageKey } from '../messages';
import { trad } from '../pluginId';

/** formatMessage bound to this plugin's keys, with the Vietnamese text as the default. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (key: MessageKey, values?: Record<string, string | number>): string => formatMessage({ id: trad(key), defaultMessage: MESSAGES[key] }, values),
    [formatMessage]
  );
};
