import * as React from 'react';
import { useIntl } from 'react-intl';
import { trad } from '../pluginId';
import { MESSAGES, type MessageKey } from '../translations/messages';

type Values = Record<string, string | number>;

/** formatMessage bound to this plugin's keys, with the Vietnamese text as the default. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (key: MessageKey, values?: Values): string => formatMessage({ id: trad(key), defaultMessage: MESSAGES[key] }, values),
    [formatMessage]
  );
};
