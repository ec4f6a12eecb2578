// Path: two entities, and the fewest hops between them highlighted on the network and listed here.
import { predicateLabel } from '../core/vocabulary';
import { el, replaceChildren } from './dom';
import { createEntityCombobox } from './entity-combobox';
import type { ExplorerStore } from './explorer-store';
import { labelIn } from './node-style';

export interface PathPanel {
  root: HTMLElement;
  /** Sets one end (0 = from, 1 = to), as the details panel's "Path from/to here" does. */
  setEnd(node: string, end: 0 | 1): void;
}

export function createPathPanel(store: ExplorerStore, goTo: (node: string) => void): PathPanel {
  const ends: [string, string] = store.view.path ? [...store.view.path] : ['', ''];
  const name = (id: string) => (store.graph.hasNode(id) ? labelIn(store.graph.getNodeAttributes(id), store.view.lang, id) : id);

  const boxes = ([0, 1] as const).map((i) =>
    createEntityCombobox(store, {
      label: i === 0 ? 'Path from' : 'Path to',
      placeholder: i === 0 ? 'First entity' : 'Second entity',
      clearOnChoose: false,
      onChoose: (hit) => setEnd(hit.id, i),
    }),
  );
  const result = el('div', { className: 'path-result', attrs: { 'aria-live': 'polite' } });
  const clear = el('button', {
    className: 'button secondary small',
    text: 'Clear path',
    attrs: { type: 'button' },
    on: {
      click: () => {
        ends[0] = '';
        ends[1] = '';
        store.update({ path: null });
        render();
      },
    },
  });

  function setEnd(node: string, end: 0 | 1): void {
    ends[end] = node;
    if (ends[0] && ends[1]) store.update({ path: [ends[0], ends[1]] });
    else render();
  }

  function render(): void {
    if (store.view.path) {
      ends[0] = store.view.path[0];
      ends[1] = store.view.path[1];
    }
    boxes.forEach((b, i) => {
      if (document.activeElement !== b.input) b.setText(ends[i] ? name(ends[i]!) : '');
    });
    clear.disabled = !ends[0] && !ends[1];
    const p = store.path;
    if (!store.view.path) {
      replaceChildren(result, [el('p', { className: 'hint', text: 'Pick two entities to see how they are connected.' })]);
      return;
    }
    if (!p) {
      replaceChildren(result, [el('p', { className: 'notice', text: 'These two entities are not connected.' })]);
      return;
    }
    const steps: HTMLElement[] = [];
    p.nodes.forEach((n, i) => {
      steps.push(el('li', {}, [el('button', { className: 'link-button', text: name(n), attrs: { type: 'button' }, on: { click: () => goTo(n) } })]));
      const e = p.edges[i];
      if (e !== undefined) {
        const a = store.graph.getEdgeAttributes(e);
        const forward = store.graph.source(e) === n;
        steps.push(el('li', { className: 'path-edge', text: `${forward ? '↓' : '↑'} ${predicateLabel(a.predicate, store.view.lang)}` }));
      }
    });
    replaceChildren(result, [
      el('p', { className: 'path-summary', text: `${p.edges.length} step${p.edges.length === 1 ? '' : 's'}` }),
      el('ol', { className: 'path-steps' }, steps),
    ]);
  }

  store.subscribe((change) => {
    if (change.kinds.has('path') || change.kinds.has('graph') || change.kinds.has('lang')) render();
  });
  render();

  const root = el('section', { className: 'panel-section', attrs: { 'aria-labelledby': 'path-heading' } }, [
    el('div', { className: 'section-head' }, [el('h2', { id: 'path-heading', text: 'Path' }), clear]),
    boxes[0]!.root,
    boxes[1]!.root,
    result,
  ]);
  return { root, setEnd };
}
