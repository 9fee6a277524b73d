// Terms and units explained where they are used: a small "?" next to a term opens its definition
// (a native popover: no script needed to place or close it), and "Terms & units" lists them all.
import { GLOSSARY, type TermKey } from '../glossary';
import { h } from './dom';

let n = 0;

/** A button that opens the definition of `key`: "?" by default, or the term's short name. */
export function termHelp(key: TermKey, named = false): HTMLElement {
  const g = GLOSSARY[key];
  const id = `term-${key}-${n++}`;
  const pop = h('div', { id, popover: 'auto', class: 'term-pop', role: 'note' }, h('strong', {}, g.term), ' ', g.text);
  const b = h('button', { type: 'button', class: named ? 'term named' : 'term', popovertarget: id, 'aria-label': `What is ${g.term}?`, title: g.term, 'data-term': key }, named ? g.short : '?');
  return h('span', { class: 'term-wrap' }, b, pop);
}

/** The "Terms & units" button and its list of every definition. */
export function mountGlossary(parent: HTMLElement): void {
  const pop = h('div', { id: 'glossary', popover: 'auto', class: 'glossary-pop' },
    h('h2', {}, 'Terms & units'),
    h('dl', {}, ...Object.values(GLOSSARY).flatMap((g) => [h('dt', {}, g.term), h('dd', {}, g.text)])));
  parent.append(h('button', { type: 'button', id: 'glossary-open', class: 'small', popovertarget: 'glossary' }, 'Terms & units'), pop);
}
