// The comment form on a draft's page (components/CommentForm.astro), with JavaScript.
import { COMMENT_FIELDS as F } from '@vungtau/publishing';
import { enhance, paragraph } from './participation/enhance';

/** The window closed while the page was open: the form goes, the closing date stays. */
const closeIfPast = (form: HTMLFormElement): boolean => {
  const closes = Date.parse(form.dataset.closes ?? '');
  if (!Number.isFinite(closes) || Date.now() <= closes) return false;
  const notice = paragraph(form.dataset.closedText ?? '', true);
  notice.className = 'closed';
  form.replaceWith(notice);
  return true;
};

document.querySelectorAll<HTMLFormElement>('form[data-comment-form]').forEach((form) => {
  if (closeIfPast(form)) return;
  enhance(form, {
    checkboxes: [F.showName, F.consent],
    stop: () => closeIfPast(form),
    success: () => {
      const done = document.createElement('div');
      done.className = 'notice';
      done.append(
        paragraph('Đã gửi ý kiến góp ý. Cảm ơn ông/bà.', true),
        paragraph('Ý kiến được xem xét trước khi đăng công khai trên trang này.')
      );
      return done;
    },
  });
});
