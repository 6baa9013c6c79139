// The comment form with JavaScript: the ALTCHA widget proves a person sends it (a proof of work in
// the page's own workers: no third-party service), the comment is posted as JSON and the answer
// shown in place; refused, the form keeps what was typed and says what is wrong. Without
// JavaScript the same form posts itself and the CMS answers with pages (docs/participation.md).
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/vi';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import { COMMENT_FIELDS as F } from '@vungtau/publishing';

interface AltchaWidget extends HTMLElement {
  verify: () => Promise<unknown>;
  reset: () => void;
}

interface Refusal {
  error?: { message?: string; details?: { errors?: Record<string, string> } };
}

declare const $altcha: { algorithms: Map<string, () => Worker> };
$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker());

const CHECKBOXES = new Set<string>([F.showName, F.consent]);

const closeIfPast = (form: HTMLFormElement): boolean => {
  const closes = Date.parse(form.dataset.closes ?? '');
  if (!Number.isFinite(closes) || Date.now() <= closes) return false;
  const notice = document.createElement('p');
  notice.className = 'closed';
  const strong = document.createElement('strong');
  strong.textContent = form.dataset.closedText ?? '';
  notice.append(strong);
  form.replaceWith(notice);
  return true;
};

const showErrors = (form: HTMLFormElement, message: string, errors: Record<string, string>) => {
  const box = form.querySelector<HTMLElement>('.form-errors');
  if (!box) return;
  form.querySelectorAll('.field-error').forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  box.replaceChildren();
  const heading = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = 'Chưa gửi được góp ý';
  heading.append(strong);
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
  box.append(heading, list);
  box.hidden = false;
  box.focus();
};

const enhance = (form: HTMLFormElement) => {
  if (closeIfPast(form)) return;
  const widget = document.createElement('altcha-widget') as AltchaWidget;
  widget.setAttribute('challenge', form.dataset.challenge ?? '');
  widget.setAttribute('name', F.altcha);
  widget.setAttribute('language', 'vi');
  widget.setAttribute('auto', 'onsubmit');
  form.querySelector('.challenge')?.append(widget);
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const label = button?.textContent ?? '';
  let sending = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending || closeIfPast(form)) return;
    sending = true;
    if (button) {
      button.disabled = true;
      button.textContent = button.dataset.sending ?? label;
    }
    try {
      const data = new FormData(form);
      if (!data.get(F.altcha)) await widget.verify();
      const body: Record<string, string | boolean> = {};
      for (const [key, value] of new FormData(form)) if (typeof value === 'string') body[key] = CHECKBOXES.has(key) ? true : value;
      for (const key of CHECKBOXES) body[key] ??= false;
      delete body[F.returnTo];
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.ok) {
        const done = document.createElement('div');
        done.className = 'notice';
        done.setAttribute('role', 'status');
        done.tabIndex = -1;
        const head = document.createElement('p');
        const strong = document.createElement('strong');
        strong.textContent = 'Đã gửi ý kiến góp ý. Cảm ơn ông/bà.';
        head.append(strong);
        const more = document.createElement('p');
        more.textContent = 'Ý kiến được xem xét trước khi đăng công khai trên trang này.';
        done.append(head, more);
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

document.querySelectorAll<HTMLFormElement>('form[data-comment-form]').forEach(enhance);
