// The banner: an error names its field (the page keeps its current run); a notice says in one
// line why something did not happen (an export at day 0). Either is replaced by the next message,
// and cleared when the next change succeeds.
import type { FieldError } from '../app/types';
import { h } from './dom';

export function mountErrors(el: HTMLElement) {
  const closeButton = () => {
    const close = h('button', { type: 'button', class: 'small', 'aria-label': 'Dismiss' }, '×');
    close.addEventListener('click', () => { el.hidden = true; });
    return close;
  };
  return {
    show(e: FieldError, context = '') {
      el.replaceChildren(
        h('strong', {}, context ? `${context}: ` : 'Could not load: '),
        h('span', { class: 'field', 'data-field': e.field }, e.field), ' — ',
        h('span', { class: 'msg' }, e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message),
        ' ', closeButton(),
      );
      el.dataset.field = e.field;
      el.classList.remove('notice');
      el.hidden = false;
    },
    notice(text: string) {
      el.replaceChildren(h('span', { class: 'msg' }, text), ' ', closeButton());
      delete el.dataset.field;
      el.classList.add('notice');
      el.hidden = false;
    },
    clear() { el.hidden = true; el.replaceChildren(); delete el.dataset.field; el.classList.remove('notice'); },
  };
}
