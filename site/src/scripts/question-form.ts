// The question form (pages/hoi-dap/gui-cau-hoi.astro), with JavaScript: the tracking code in place.
import { QUESTION_FORM_FIELDS as F } from '@vungtau/publishing';
import { enhance, paragraph } from './participation/enhance';

const day = (iso: unknown): string =>
  typeof iso === 'string'
    ? new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
        new Date(iso)
      )
    : '';

document.querySelectorAll<HTMLFormElement>('form[data-question-form]').forEach((form) => {
  enhance(form, {
    checkboxes: [F.consent],
    success: (data) => {
      const done = document.createElement('div');
      done.className = 'notice';
      const code = document.createElement('p');
      code.append('Mã tra cứu của ông/bà: ');
      const strong = document.createElement('strong');
      strong.className = 'code';
      strong.textContent = String(data.code ?? '');
      code.append(strong);
      const link = document.createElement('a');
      link.href = form.dataset.tracking ?? '';
      link.textContent = 'Tra cứu câu hỏi đã gửi';
      const more = document.createElement('p');
      more.append(link);
      done.append(
        paragraph('Đã gửi câu hỏi. Cảm ơn ông/bà.', true),
        paragraph(`Câu hỏi sẽ được trả lời chậm nhất ngày ${day(data.dueAt)}.`),
        code,
        paragraph('Vui lòng ghi lại mã này để theo dõi câu hỏi.'),
        more
      );
      return done;
    },
  });
});
