// The live count of what is shown, and the label-language switch.
import type { Lang } from '../core/types';
import { el } from './dom';
import type { ExplorerStore } from './explorer-store';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function createCount(store: ExplorerStore): HTMLElement {
  const out = el('output', { className: 'count', attrs: { 'aria-live': 'polite', 'data-testid': 'count' } });
  const render = () => {
    const { nodes, edges } = store.visible;
    out.textContent = `${plural(nodes.size, 'node', 'nodes')} · ${plural(edges.size, 'edge', 'edges')} shown`;
    out.title = `of ${store.graph.order} nodes and ${store.graph.size} edges in the graph`;
  };
  store.subscribe((c) => {
    if (c.kinds.has('filter') || c.kinds.has('graph')) render();
  });
  render();
  return out;
}

const LANG_OPTIONS: readonly { lang: Lang; text: string; title: string }[] = [
  { lang: 'kk', text: 'Қаз', title: 'Kazakh' },
  { lang: 'en', text: 'Eng', title: 'English' },
  { lang: 'ru', text: 'Рус', title: 'Russian' },
];

/** A radio group: arrow keys move between languages, as for any radio group. */
export function createLangSwitch(store: ExplorerStore): HTMLElement {
  const inputs = LANG_OPTIONS.map(({ lang, text, title }) => {
    const input = el('input', { className: 'sr-only', id: `lang-${lang}`, attrs: { type: 'radio', name: 'label-lang', value: lang, 'aria-label': title } });
    input.addEventListener('change', () => {
      if (input.checked) store.update({ lang });
    });
    return { lang, input, label: el('label', { className: 'segment', text, attrs: { for: `lang-${lang}`, title, 'aria-hidden': 'true' } }) };
  });
  const sync = () => inputs.forEach((i) => (i.input.checked = store.view.lang === i.lang));
  store.subscribe((c) => {
    if (c.kinds.has('lang')) sync();
  });
  sync();
  return el('fieldset', { className: 'segmented', attrs: { 'aria-label': 'Label language' } }, [
    el('legend', { className: 'sr-only', text: 'Label language' }),
    ...inputs.flatMap((i) => [i.input, i.label]),
  ]);
}
