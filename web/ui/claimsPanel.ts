// The claims tour: the twelve claims of the thesis; choosing one loads its scenario pair into
// compare mode, runs it, and says what to look at.
import { CLAIMS, type Claim } from '../claims';
import { h } from './dom';

export function mountClaims(root: HTMLElement, onChoose: (c: Claim) => void) {
  root.append(
    h('h2', {}, 'Claims tour'),
    h('p', { class: 'lead' }, 'The thesis makes twelve claims. Each one is a comparison you can run: pick a claim, and the two scenarios open side by side with a note on what a run must show. A claim that fails is also a result.'),
  );
  const list = h('ol', { class: 'claims' });
  for (const c of CLAIMS) {
    const b = h('button', { type: 'button', class: 'claim', id: `claim-${c.id}`, 'data-claim': c.id },
      h('span', { class: 'cid' }, c.id), h('span', { class: 'ctitle' }, c.title),
      h('span', { class: 'cpair' }, `${c.a.label}  vs  ${c.b.label}`));
    b.addEventListener('click', () => onChoose(c));
    list.append(h('li', {}, b));
  }
  root.append(list);
}
