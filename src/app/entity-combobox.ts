// A text box with entity suggestions (ARIA combobox + listbox): arrows move, Enter chooses, Escape closes.
// Used by the search box, the actor filter and the path pickers.
import type { SearchHit } from '../graph/search-index';
import { TYPE_LABELS } from '../core/vocabulary';
import { el, replaceChildren, uid } from './dom';
import type { ExplorerStore } from './explorer-store';
import { TYPE_COLORS, labelIn } from './node-style';

export interface ComboboxOptions {
  label: string;
  placeholder: string;
  /** Show the label visibly (true) or only to assistive technology. */
  visibleLabel?: boolean;
  onChoose(hit: SearchHit): void;
  /** Clear the box after a choice (pickers that add chips) or keep the chosen name (path ends). */
  clearOnChoose?: boolean;
  /** A fixed id for the text box (for a skip link). */
  inputId?: string;
}

export interface Combobox {
  root: HTMLElement;
  input: HTMLInputElement;
  setText(text: string): void;
}

export function createEntityCombobox(store: ExplorerStore, opts: ComboboxOptions): Combobox {
  const inputId = opts.inputId ?? uid('combo');
  const listId = uid('listbox');
  const input = el('input', {
    id: inputId,
    className: 'text-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: opts.placeholder,
    },
  });
  const list = el('ul', { id: listId, className: 'suggestions', attrs: { role: 'listbox', 'aria-label': `${opts.label} suggestions` } });
  list.hidden = true;
  const label = el('label', { className: opts.visibleLabel === false ? 'sr-only' : 'field-label', text: opts.label, attrs: { for: inputId } });
  const root = el('div', { className: 'combobox' }, [label, el('div', { className: 'combobox-box' }, [input, list])]);

  let hits: SearchHit[] = [];
  let active = -1;
  /** Enter pressed while the hits for the text were still coming (a search in a worker): choose on arrival. */
  let chooseOnArrival = false;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function optionId(i: number): string {
    return `${listId}-opt-${i}`;
  }

  function render(): void {
    const lang = store.view.lang;
    replaceChildren(
      list,
      hits.map((hit, i) => {
        const name = store.graph.hasNode(hit.id) ? labelIn(store.graph.getNodeAttributes(hit.id), lang, hit.id) : hit.label;
        const alias = hit.matched !== name ? el('span', { className: 'suggestion-alias', text: hit.matched }) : null;
        return el(
          'li',
          {
            id: optionId(i),
            className: 'suggestion',
            attrs: { role: 'option', 'aria-selected': String(i === active) },
            on: {
              mousedown: (e) => e.preventDefault(),
              click: () => choose(i),
            },
          },
          [
            el('span', { className: 'swatch', attrs: { style: `background:${TYPE_COLORS[hit.type]}`, 'aria-hidden': 'true' } }),
            el('span', { className: 'suggestion-name', text: name }),
            alias,
            el('span', { className: 'suggestion-type', text: TYPE_LABELS[hit.type][lang] }),
          ],
        );
      }),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  }

  function open(): void {
    const query = input.value;
    const found = store.findEntities(query, 8);
    if (Array.isArray(found)) {
      show(found);
      return;
    }
    hits = [];
    void found.then((next) => {
      // Hits for a text since changed are dropped: the answer for the newer text is on its way.
      if (input.value !== query || document.activeElement !== input) return;
      show(next);
      if (chooseOnArrival && hits.length) choose(0);
      chooseOnArrival = false;
    });
  }

  function show(found: SearchHit[]): void {
    hits = found;
    active = hits.length ? 0 : -1;
    if (!hits.length) {
      close();
      return;
    }
    render();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function choose(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = opts.clearOnChoose === false ? hit.label : '';
    opts.onChoose(hit);
  }

  // Names indexed since the hits on show were found (a graph drawn in part indexes in steps): ask again.
  store.subscribe((c) => {
    if (c.kinds.has('search') && document.activeElement === input && input.value.trim()) open();
  });
  input.addEventListener('input', () => {
    chooseOnArrival = false;
    open();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) open();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) open();
      else if (hits.length) {
        active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
        render();
        document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (list.hidden) open();
      if (hits.length) choose(Math.max(0, active));
      else chooseOnArrival = true;
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      }
    }
  });

  return {
    root,
    input,
    setText(text) {
      input.value = text;
    },
  };
}
