import { Alert, Box, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import type { SiteBudget } from '../../../shared/contracts';
import { formatVnd, monthLabel } from '../utils/format';

const VARIANT = { ok: 'success', warning: 'warning', exceeded: 'danger' } as const;

/** Each site's budget for the year: spent, committed, remaining, and a warning before it runs out. */
export const BudgetCards = ({ budgets, year }: { budgets: SiteBudget[]; year: number }) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h3">
        {t('budget.title', { year })}
      </Typography>
      {budgets.map((budget) => (
        <Box key={budget.site.documentId} padding={4} hasRadius borderColor="neutral200" background="neutral0">
          <Typography fontWeight="bold">{budget.site.name}</Typography>
          {budget.portal ? (
            <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
              <Flex gap={6} wrap="wrap">
                <Typography>
                  {t('budget.portal')}: {formatVnd(budget.portal.amount)}
                </Typography>
                <Typography>
                  {t('budget.royaltyPart')}: {formatVnd(budget.portal.royaltyAmount)}
                </Typography>
                <Typography>
                  {t('budget.royaltiesUsed')}: {formatVnd(budget.portal.royalties)}
                </Typography>
                <Typography>
                  {t('budget.overtime')}: {formatVnd(budget.portal.overtime)}
                </Typography>
                <Typography fontWeight="bold">
                  {t('budget.remaining')}: {formatVnd(budget.portal.remaining)}
                </Typography>
                <Typography>
                  {t('budget.otherRemaining')}: {formatVnd(budget.portal.otherRemaining)}
                </Typography>
              </Flex>
              {budget.portal.level !== 'ok' && (
                <Alert variant={VARIANT[budget.portal.level]} title={`${t('budget.portal')}: ${budget.portal.levelLabel}`} closeLabel="">
                  {''}
                </Alert>
              )}
              <Typography variant="sigma" textColor="neutral600">
                {t('budget.royaltyTitle')}
              </Typography>
            </Flex>
          ) : (
            budget.status && <Typography textColor="neutral600">{t('budget.noPortal', { year })}</Typography>
          )}
          {budget.status ? (
            <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
              <Flex gap={6} wrap="wrap">
                <Typography>
                  {t('budget.amount')}: {formatVnd(budget.status.amount)}
                </Typography>
                <Typography>
                  {t('budget.spent')}: {formatVnd(budget.spent)}
                </Typography>
                <Typography>
                  {t('budget.committed')}: {formatVnd(budget.committed)}
                </Typography>
                <Typography fontWeight="bold">
                  {t('budget.remaining')}: {formatVnd(budget.status.remaining)} ({100 - Math.min(100, budget.status.usedPercent)}%)
                </Typography>
              </Flex>
              {budget.status.level !== 'ok' && (
                <Alert variant={VARIANT[budget.status.level]} title={budget.status.levelLabel} closeLabel="">
                  {budget.status.projectedExhaustion ? t('budget.runsOut', { month: monthLabel(budget.status.projectedExhaustion) }) : ''}
                </Alert>
              )}
              {budget.status.level === 'ok' && budget.status.projectedExhaustion && (
                <Typography textColor="warning600">
                  {t('budget.runsOut', { month: monthLabel(budget.status.projectedExhaustion) })}
                </Typography>
              )}
            </Flex>
          ) : (
            <Typography textColor="neutral600">{t('budget.none', { year })}</Typography>
          )}
        </Box>
      ))}
    </Flex>
  );
};
