import { Field, Textarea } from '@strapi/design-system';

interface Props {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A required multi-line input; the server checks it too and its message shows under it. */
export const TextareaField = ({ name, label, hint, value, error, onChange }: Props) => (
  <Field.Root name={name} hint={hint} error={error} required>
    <Field.Label>{label}</Field.Label>
    <Textarea name={name} value={value} onChange={(event) => onChange(event.target.value)} />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);
