// The claims tour: the twelve claims of the thesis; choosing one loads its scenario pair into
// compare mode, runs it, and says what to look at. Each claim shows its label (emergent or built in)
// and whether it holds now, as the falsification tests measured them (scenarios/README.md).
import { CLAIMS, type Claim } from '../claims';
import { h } from './dom';

export function mountClaims(root: HTMLElement, onChoose: (c: Claim) => void) {
  root.append(
    h('h2', {}, 'Claims tour'),
    h('p', { class: 'lead' }, 'The thesis makes twelve claims. Each one is a comparison you can run: pick a claim, and the two scenarios open side by side with a note on what a run must show. A claim that fails is also a result. Each claim says whether it is emergent (it follows from the agents’ rules and clearing) or built in (it restates a parameter or a rule), and whether it holds now, as its falsification test over ten seeds measured it.'),
  );
  const list = h('ol', { class: 'claims' });
  for (const c of CLAIMS) {
    const b = h('button', { type: 'button', class: 'claim', id: `claim-${c.id}`, 'data-claim': c.id },
      h('span', { class: 'cid' }, c.id), h('span', { class: 'ctitle' }, c.title),
      h('span', { class: 'cpair' }, `${c.a.label}  vs  ${c.b.label}`),
      h('span', { class: 'cstatus' }, h('strong', {}, 'Holds now? '), c.status.holds, h('br'), h('span', { class: 'clabel' }, `Emergent or built in: ${c.status.label}`)));
    b.addEventListener('click', () => onChoose(c));
    list.append(h('li', {}, b));
  }
  root.append(list);
}
