// The tracking page (pages/hoi-dap/tra-cuu.astro), with JavaScript: where the question stands,
// shown in place. Without JavaScript the form asks the CMS, which answers with a page.
import { QUESTION_FIELDS, QUESTION_REJECT_LABELS, QUESTION_STATUS_LABELS, type QuestionStatus } from '@vungtau/publishing';
import { paragraph } from './participation/enhance';

const day = (iso: string): string =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(iso)
  );

document.querySelectorAll<HTMLFormElement>('form[data-question-status]').forEach((form) => {
  const result = document.querySelector<HTMLElement>('#ket-qua-tra-cuu');
  if (!result) return;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = new FormData(form).get('code');
    result.replaceChildren();
    result.hidden = false;
    try {
      const res = await fetch(`${form.action}?code=${encodeURIComponent(typeof code === 'string' ? code : '')}`, {
        headers: { Accept: 'application/json' },
      });
      const body = (await res.json()) as { data?: QuestionStatus & { siteSlug: string }; error?: { message?: string } };
      if (!res.ok || !body.data) {
        result.append(paragraph(body.error?.message ?? `Không tra cứu được (mã ${res.status}).`, true));
      } else {
        const s = body.data;
        const list = document.createElement('dl');
        const row = (term: string, value: string) => {
          const dt = document.createElement('dt');
          dt.textContent = term;
          const dd = document.createElement('dd');
          dd.textContent = value;
          list.append(dt, dd);
        };
        row('Mã tra cứu', s.code);
        row('Ngày gửi', day(s.receivedAt));
        row('Lĩnh vực', QUESTION_FIELDS[s.field]);
        row('Tình trạng', QUESTION_STATUS_LABELS[s.status]);
        if (s.rejectReason) row('Lý do', QUESTION_REJECT_LABELS[s.rejectReason]);
        result.append(list);
        // The answer's page is on this site unless the question was forwarded to another one.
        if (s.path && s.siteSlug === form.dataset.site) {
          const link = document.createElement('a');
          link.href = `${form.dataset.base ?? '/'}${s.path}`;
          link.textContent = 'Xem câu trả lời';
          const p = document.createElement('p');
          p.append(link);
          result.append(p);
        }
      }
    } catch {
      result.append(paragraph('Không kết nối được máy chủ. Vui lòng thử lại.', true));
    }
    result.focus();
  });
});
