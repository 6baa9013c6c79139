import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { QuestionActionName, QuestionsWaiting, UnitOption } from '../../../shared/questions';

/** The signed-in user's "waiting for me" lists of questions (`GET /workflow/questions/waiting`). */
export const useQuestions = () => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data: QuestionsWaiting | null; error: unknown }>({ data: null, error: null });
  const reload = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: QuestionsWaiting }>('/workflow/questions/waiting');
      setState({ data: data.data, error: null });
    } catch (error) {
      setState((previous) => ({ ...previous, error }));
    }
  }, [get]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
};

/** The units of a site, for "Giao đơn vị trả lời". */
export const useUnits = (site: string | null) => {
  const { get } = useFetchClient();
  const [units, setUnits] = React.useState<UnitOption[]>([]);
  React.useEffect(() => {
    if (!site) return;
    void get<{ data: UnitOption[] }>(`/workflow/questions/units?site=${encodeURIComponent(site)}`).then(
      ({ data }) => setUnits(data.data),
      () => setUnits([])
    );
  }, [get, site]);
  return units;
};

/** Presses one of the staff actions (`POST /workflow/questions/:documentId/:action`); throws the server's refusal. */
export const useQuestionAction = () => {
  const { post } = useFetchClient();
  return React.useCallback(
    (documentId: string, action: QuestionActionName, body: object) => post(`/workflow/questions/${documentId}/${action}`, body),
    [post]
  );
};
