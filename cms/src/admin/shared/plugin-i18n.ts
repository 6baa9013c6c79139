import * as React from 'react';
import { useIntl } from 'react-intl';

type Values = Record<string, string | number>;

/**
 * The translation helpers of one local plugin whose strings are written in Vietnamese. They are
 * the defaults of formatMessage too, so staff who keep the admin in English still read the
 * plugin in Vietnamese (the server's own labels are Vietnamese only).
 */
export const pluginI18n = <Key extends string>(pluginId: string, messages: Record<Key, string>) => {
  /** The admin's translation id of one of the plugin's messages ("workflow.panel.title"). */
  const trad = (key: string): string => `${pluginId}.${key}`;

  /** The admin's locale files hold full ids, as registerTrads expects; other locales fall back to the defaults. */
  const translationsFor = (locale: string): Record<string, string> =>
    locale === 'vi' ? Object.fromEntries(Object.entries<string>(messages).map(([key, value]) => [trad(key), value])) : {};

  /** formatMessage bound to the plugin's keys, with the Vietnamese text as the default. */
  const useT = () => {
    const { formatMessage } = useIntl();
    return React.useCallback(
      (key: Key, values?: Values): string => formatMessage({ id: trad(key), defaultMessage: messages[key] }, values),
      [formatMessage]
    );
  };

  /** registerTrads of the plugin's admin entry. */
  const registerTrads = async ({ locales }: { locales: string[] }) => locales.map((locale) => ({ locale, data: translationsFor(locale) }));

  return { trad, translationsFor, useT, registerTrads };
};
