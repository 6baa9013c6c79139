// A participation form with JavaScript: the ALTCHA widget proves a person sends it (a proof of
// work in the page's own workers: no third-party service), the form is posted as JSON and the
// answer shown in place; refused, the form keeps what was typed and says what is wrong. Without
// JavaScript the same form posts itself and the CMS answers with pages (docs/participation.md).
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/vi';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import { COMMENT_FIELDS } from '@vungtau/publishing';

interface AltchaWidget extends HTMLElement {
  verify: () => Promise<unknown>;
  reset: () => void;
}

interface Refusal {
  error?: { message?: string; details?: { errors?: Record<string, string> } };
}

declare const $altcha: { algorithms: Map<string, () => Worker> };
$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker());

/** A paragraph, its text set (never parsed as HTML), optionally bold. */
export const paragraph = (text: string, bold = false): HTMLParagraphElement => {
  const p = document.createElement('p');
  if (bold) {
    const strong = document.createElement('strong');
    strong.textContent = text;
    p.append(strong);
  } else p.textContent = text;
  return p;
};

const showErrors = (form: HTMLFormElement, message: string, errors: Record<string, string>) => {
  const box = form.querySelector<HTMLElement>('.form-errors');
  if (!box) return;
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  box.replaceChildren();
  const list = document.createElement('ul');
  const entries = Object.entries(errors);
  for (const [field, text] of entries.length > 0 ? entries : [['', message]]) {
    const item = document.createElement('li');
    const input = field ? form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`) : null;
    if (input?.id) {
      const link = document.createElement('a');
      link.href = `#${input.id}`;
      link.textContent = text;
      item.append(link);
      input.setAttribute('aria-invalid', 'true');
      const note = document.createElement('p');
      note.className = 'field-error';
      note.id = `${input.id}-error`;
      note.textContent = text;
      const label = form.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      (input.closest('.check') ?? label ?? input).after(note);
      input.setAttribute('aria-describedby', note.id);
    } else item.textContent = text;
    list.append(item);
  }
  box.append(paragraph('Chưa gửi được', true), list);
  box.hidden = false;
  box.focus();
};

export interface Enhancement {
  /** The checkboxes, sent as true or false. */
  checkboxes: readonly string[];
  /** What replaces the form once the CMS took it, from its answer's `data`. */
  success: (data: Record<string, unknown>) => HTMLElement;
  /** Called before each submit: true stops it (a window that closed while the page was open). */
  stop?: () => boolean;
}

export const enhance = (form: HTMLFormElement, how: Enhancement): void => {
  const widget = document.createElement('altcha-widget') as AltchaWidget;
  widget.setAttribute('challenge', form.dataset.challenge ?? '');
  widget.setAttribute('name', COMMENT_FIELDS.altcha);
  widget.setAttribute('language', 'vi');
  widget.setAttribute('auto', 'onsubmit');
  form.querySelector('.challenge')?.append(widget);
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const label = button?.textContent ?? '';
  let sending = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending || how.stop?.()) return;
    sending = true;
    if (button) {
      button.disabled = true;
      button.textContent = button.dataset.sending ?? label;
    }
    try {
      if (!new FormData(form).get(COMMENT_FIELDS.altcha)) await widget.verify();
      const body: Record<string, string | boolean> = {};
      for (const [key, value] of new FormData(form)) if (typeof value === 'string') body[key] = how.checkboxes.includes(key) ? true : value;
      for (const key of how.checkboxes) body[key] ??= false;
      delete body[COMMENT_FIELDS.returnTo];
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.ok) {
        const { data } = (await res.json()) as { data: Record<string, unknown> };
        const done = how.success(data);
        done.setAttribute('role', 'status');
        done.tabIndex = -1;
        form.replaceWith(done);
        done.focus();
        return;
      }
      const refusal = (await res.json().catch(() => ({}))) as Refusal;
      showErrors(
        form,
        refusal.error?.message ?? `Không gửi được (mã ${res.status}). Vui lòng thử lại.`,
        refusal.error?.details?.errors ?? {}
      );
    } catch {
      showErrors(form, 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng và gửi lại.', {});
    } finally {
      sending = false;
      widget.reset();
      if (button?.isConnected) {
        button.disabled = false;
        button.textContent = label;
      }
    }
  });
};
