import * as React from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import type { WorkflowMe } from '../../../shared/contracts';

// Labels are the same for everyone and never change while the admin runs, so every list cell
// shares one request. A failed request is forgotten, so the next cell tries again.
let labels: Promise<Record<string, string>> | null = null;

const loadLabels = (): Promise<Record<string, string>> => {
  labels ??= getFetchClient()
    .get<{ data: WorkflowMe }>('/workflow/me')
    .then(({ data }) => data.data.labels.states)
    .catch((error: unknown) => {
      labels = null;
      throw error;
    });
  return labels;
};

/** The Vietnamese names of the workflow states, or null until they are loaded. */
export const useStateLabels = (): Record<string, string> | null => {
  const [value, setValue] = React.useState<Record<string, string> | null>(null);
  React.useEffect(() => {
    let current = true;
    loadLabels()
      .then((loaded) => current && setValue(loaded))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return value;
};
