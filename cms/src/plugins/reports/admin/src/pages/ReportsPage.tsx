import * as React from 'react';
import { Box, Field, Flex, Loader, SingleSelect, SingleSelectOption, Tabs, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import { ComplianceTab } from '../components/ComplianceTab';
import { MonthlyTab } from '../components/MonthlyTab';
import { QuestionsTab } from '../components/QuestionsTab';
import { QuotasTab } from '../components/QuotasTab';
import { RoyaltiesTab } from '../components/RoyaltiesTab';
import { VisitsTab } from '../components/VisitsTab';
import { YearTab } from '../components/YearTab';
import { useReport } from '../hooks/useReport';
import { useT } from '../hooks/useT';
import type { ReportsMe } from '../../../shared/contracts';

/** "Báo cáo": royalties, quotas, the monthly and the year-end report, citizens' questions and the Nghị định 42 check, for the sites this user may see. */
const ReportsPage = () => {
  const t = useT();
  const { data: me, error, loading } = useReport<ReportsMe>('me', {});
  const [site, setSite] = React.useState<string>('');
  const [month, setMonth] = React.useState<string>('');
  const [year, setYear] = React.useState<string>('');
  // The home page's reminder links here with `?tab=monthly&site=…&month=…`.
  const [search] = useSearchParams();
  const linked = { tab: search.get('tab'), site: search.get('site'), month: search.get('month') };

  React.useEffect(() => {
    if (!me) return;
    const linkedSite = me.sites.find((entry) => entry.documentId === linked.site)?.documentId;
    const linkedMonth = linked.month && /^\d{4}-(0[1-9]|1[0-2])$/.test(linked.month) ? linked.month : null;
    setSite((current) => current || linkedSite || (me.sites.length === 1 ? me.sites[0].documentId : 'all'));
    setMonth((current) => current || linkedMonth || me.currentMonth);
    setYear((current) => current || me.currentMonth.slice(0, 4));
    // Read once, when the page opens with the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me]);

  if (loading && !me) return <Page.Loading />;
  if (!me) return <Page.Error />;
  const ready = Boolean(site && month && year);

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name')}</Page.Title>
      <Layouts.Header title={t('page.title')} subtitle={t('page.subtitle')} />
      <Layouts.Content>
        {error && <Typography textColor="danger600">{error}</Typography>}
        {me.sites.length === 0 ? (
          <Typography>{t('page.noAccess')}</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Flex gap={4} wrap="wrap" alignItems="flex-end">
              <Box minWidth="320px">
                <Field.Root name="site">
                  <Field.Label>{t('scope.site')}</Field.Label>
                  <SingleSelect value={site} onChange={(value: string | number) => setSite(String(value))}>
                    {me.sites.length > 1 && <SingleSelectOption value="all">{t('scope.all')}</SingleSelectOption>}
                    {me.sites.map((entry) => (
                      <SingleSelectOption key={entry.documentId} value={entry.documentId}>
                        {entry.name}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Field.Root name="month">
                <Field.Label>{t('scope.month')}</Field.Label>
                <TextInput
                  type="month"
                  value={month}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => e.target.value && setMonth(e.target.value)}
                />
              </Field.Root>
              <Field.Root name="year">
                <Field.Label>{t('scope.year')}</Field.Label>
                <TextInput
                  type="number"
                  min={2000}
                  max={2100}
                  value={year}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setYear(e.target.value)}
                />
              </Field.Root>
            </Flex>
            {!ready ? (
              <Loader>{t('page.loading')}</Loader>
            ) : (
              <Tabs.Root defaultValue={linked.tab === 'monthly' ? 'monthly' : 'royalties'}>
                <Tabs.List aria-label={t('page.title')}>
                  <Tabs.Trigger value="royalties">{t('tab.royalties')}</Tabs.Trigger>
                  <Tabs.Trigger value="quotas">{t('tab.quotas')}</Tabs.Trigger>
                  <Tabs.Trigger value="monthly">{t('tab.monthly')}</Tabs.Trigger>
                  <Tabs.Trigger value="yearly">{t('tab.yearly')}</Tabs.Trigger>
                  <Tabs.Trigger value="questions">{t('tab.questions')}</Tabs.Trigger>
                  <Tabs.Trigger value="compliance">{t('tab.compliance')}</Tabs.Trigger>
                  <Tabs.Trigger value="visits">{t('tab.visits')}</Tabs.Trigger>
                </Tabs.List>
                <Box paddingTop={6}>
                  <Tabs.Content value="royalties">
                    <RoyaltiesTab site={site} month={month} />
                  </Tabs.Content>
                  <Tabs.Content value="quotas">
                    <QuotasTab site={site} />
                  </Tabs.Content>
                  <Tabs.Content value="monthly">
                    <MonthlyTab site={site} month={month} />
                  </Tabs.Content>
                  <Tabs.Content value="yearly">
                    <YearTab site={site} year={year} />
                  </Tabs.Content>
                  <Tabs.Content value="questions">
                    <QuestionsTab site={site} year={year} />
                  </Tabs.Content>
                  <Tabs.Content value="compliance">
                    <ComplianceTab site={site} />
                  </Tabs.Content>
                  <Tabs.Content value="visits">
                    <VisitsTab site={site} month={month} />
                  </Tabs.Content>
                </Box>
              </Tabs.Root>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default ReportsPage;
