import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { isFetchError, Layouts, Page } from '@strapi/strapi/admin';
import { QuestionActionModal } from '../components/QuestionActionModal';
import { QuestionsTable } from '../components/QuestionsTable';
import { useQuestions } from '../hooks/useQuestions';
import { useT } from '../hooks/useT';
import type { QuestionActionName, QuestionEntry } from '../../../shared/questions';

/**
 * "Hỏi đáp": the questions waiting for the signed-in user, one list per thing they do (assign,
 * answer, edit, approve), with the staff actions. Writing the answer happens in the content
 * manager's edit view, and its approval in the workflow panel there.
 */
const QuestionsPage = () => {
  const t = useT();
  const { data, error, reload } = useQuestions();
  const [pending, setPending] = React.useState<{ entry: QuestionEntry; action: QuestionActionName } | null>(null);

  if (!data && !error) return <Page.Loading />;
  if (!data) {
    const refused = isFetchError(error) && error.status === 403;
    return refused ? <Page.NoPermissions /> : <Page.Error content={t('questions.loadFailed')} />;
  }

  return (
    <Page.Main>
      <Page.Title>{t('questions.menu')}</Page.Title>
      <Layouts.Header title={t('questions.title')} subtitle={t('questions.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={8}>
          {data.lists.map((list) => (
            <Box key={list.key}>
              <Typography variant="beta" tag="h2">
                {list.label} ({list.entries.length})
              </Typography>
              <Box paddingTop={3}>
                <QuestionsTable
                  entries={list.entries}
                  actionLabels={data.labels.actions}
                  onAction={(entry, action) => setPending({ entry, action })}
                />
              </Box>
            </Box>
          ))}
        </Flex>
      </Layouts.Content>
      {pending && (
        <QuestionActionModal
          entry={pending.entry}
          action={pending.action}
          label={data.labels.actions[pending.action]}
          rejectReasons={data.labels.rejectReasons}
          onClose={() => setPending(null)}
          onDone={() => {
            setPending(null);
            void reload();
          }}
        />
      )}
    </Page.Main>
  );
};

export default QuestionsPage;
