// The error banner: a readable message naming the field; the page keeps its current run.
import type { FieldError } from '../app/types';
import { h } from './dom';

export function mountErrors(el: HTMLElement) {
  return {
    show(e: FieldError, context = '') {
      const close = h('button', { type: 'button', class: 'small', 'aria-label': 'Dismiss' }, '×');
      close.addEventListener('click', () => { el.hidden = true; });
      el.replaceChildren(
        h('strong', {}, context ? `${context}: ` : 'Could not load: '),
        h('span', { class: 'field', 'data-field': e.field }, e.field), ' — ',
        h('span', { class: 'msg' }, e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message),
        ' ', close,
      );
      el.dataset.field = e.field;
      el.hidden = false;
    },
    clear() { el.hidden = true; el.replaceChildren(); delete el.dataset.field; },
  };
}
