// The filters: actor (ego network), country, type, relation, source and date. Each control writes the view's
// filter; AND across filters and OR within one is selectVisible's rule. Controls are updated in place so
// keyboard focus survives every change.
import { ENTITY_TYPES, PREDICATES, PROVENANCES } from '../core/types';
import type { EntityType, Predicate, Provenance } from '../core/types';
import { TYPE_LABELS, predicateLabel } from '../core/vocabulary';
import type { EgoDepth } from '../graph/ego-network';
import { EMPTY_FILTER, isFilterEmpty, makeFilter, type GraphFilter } from '../graph/graph-filter';
import { el, replaceChildren, uid } from './dom';
import { createEntityCombobox } from './entity-combobox';
import type { ExplorerStore } from './explorer-store';
import { TYPE_COLORS, labelIn } from './node-style';

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PROVENANCE_LABELS: Record<Provenance, string> = { curated: 'Curated', extracted: 'Extracted from articles' };

const toggle = <T>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);

export function createFiltersPanel(store: ExplorerStore): HTMLElement {
  const setFilter = (patch: Partial<GraphFilter>) => store.update({ filter: makeFilter({ ...store.view.filter, ...patch }) });
  const name = (id: string) => (store.graph.hasNode(id) ? labelIn(store.graph.getNodeAttributes(id), store.view.lang, id) : id);

  function chip(id: string, onRemove: () => void, focusAfter: () => HTMLElement): HTMLElement {
    const label = name(id);
    return el('li', { className: 'chip' }, [
      el('span', { className: 'chip-label', text: label }),
      el('button', {
        className: 'chip-remove',
        text: '×',
        attrs: { type: 'button', 'aria-label': `Remove ${label}` },
        on: {
          click: () => {
            onRemove();
            focusAfter().focus();
          },
        },
      }),
    ]);
  }

  // Actor
  const actorBox = createEntityCombobox(store, {
    label: 'Actor',
    placeholder: 'Add a person, country…',
    onChoose: (hit) => setFilter({ actors: toggle(store.view.filter.actors, hit.id, true) }),
  });
  const actorChips = el('ul', { className: 'chips', attrs: { 'aria-label': 'Chosen actors' } });
  const depthId = uid('depth');
  const depth = el('select', { id: depthId, className: 'select small' }, [1, 2, 3].map((d) => el('option', { text: `${d} hop${d > 1 ? 's' : ''}`, attrs: { value: String(d) } })));
  depth.addEventListener('change', () => setFilter({ depth: Number(depth.value) as EgoDepth }));
  const actorSection = el('div', { className: 'filter' }, [
    actorBox.root,
    actorChips,
    el('div', { className: 'inline-field' }, [el('label', { text: 'Depth', attrs: { for: depthId } }), depth]),
  ]);

  // Country
  const countryId = uid('country');
  const country = el('select', { id: countryId, className: 'select' });
  country.addEventListener('change', () => {
    if (country.value) setFilter({ countries: toggle(store.view.filter.countries, country.value, true) });
    country.value = '';
  });
  const countryChips = el('ul', { className: 'chips', attrs: { 'aria-label': 'Chosen countries' } });
  const countrySection = el('div', { className: 'filter' }, [el('label', { className: 'field-label', text: 'Country', attrs: { for: countryId } }), country, countryChips]);

  // Checkbox groups
  function group<T extends string>(legend: string, values: readonly T[], labelOf: (v: T) => string, key: 'types' | 'predicates' | 'provenance', swatch?: (v: T) => string) {
    const boxes = new Map<T, HTMLInputElement>();
    const items = values.map((v) => {
      const id = uid('cb');
      const box = el('input', { id, attrs: { type: 'checkbox', value: v } });
      box.addEventListener('change', () => {
        const current = store.view.filter[key] as readonly string[];
        setFilter({ [key]: toggle(current, v, box.checked) } as Partial<GraphFilter>);
      });
      boxes.set(v, box);
      const lab = el('label', { attrs: { for: id } }, [
        swatch ? el('span', { className: 'swatch', attrs: { style: `background:${swatch(v)}`, 'aria-hidden': 'true' } }) : null,
        el('span', { className: 'check-text', text: labelOf(v) }),
      ]);
      return el('li', { className: 'check' }, [box, lab]);
    });
    const fieldset = el('fieldset', { className: 'filter' }, [el('legend', { className: 'field-label', text: legend }), el('ul', { className: 'checks' }, items)]);
    return { fieldset, boxes, labels: items };
  }

  const typeGroup = group<EntityType>('Type', ENTITY_TYPES, (t) => TYPE_LABELS[t][store.view.lang], 'types', (t) => TYPE_COLORS[t]);
  const relGroup = group<Predicate>('Relation', PREDICATES, (p) => predicateLabel(p, store.view.lang), 'predicates');
  const sourceGroup = group<Provenance>('Source', PROVENANCES, (p) => PROVENANCE_LABELS[p], 'provenance');

  // Date
  function dateInput(label: string, key: 'dateFrom' | 'dateTo'): HTMLInputElement {
    const input = el('input', { className: 'text-input date', attrs: { type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM-DD', 'aria-label': label, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } });
    input.addEventListener('change', () => {
      const v = input.value.trim();
      const ok = v === '' || DATE_RE.test(v);
      input.setAttribute('aria-invalid', String(!ok));
      if (ok) setFilter({ [key]: v } as Partial<GraphFilter>);
    });
    return input;
  }
  const dateFrom = dateInput('Date from', 'dateFrom');
  const dateTo = dateInput('Date to', 'dateTo');
  const dateSection = el('fieldset', { className: 'filter' }, [
    el('legend', { className: 'field-label', text: 'Date' }),
    el('div', { className: 'date-range' }, [dateFrom, el('span', { text: '–', attrs: { 'aria-hidden': 'true' } }), dateTo]),
    el('p', { className: 'hint', text: 'A year, a month (2026-02) or a day.' }),
  ]);

  const clear = el('button', {
    className: 'button secondary',
    text: 'Clear all filters',
    attrs: { type: 'button' },
    on: { click: () => store.update({ filter: makeFilter(EMPTY_FILTER) }) },
  });

  // What the graph offers (its countries, types and relations), scanned when the graph or the language
  // changes, not on every filter change: on a large graph the scan is a pass over every node and edge.
  let countries: string[] = [];
  const presentTypes = new Set<string>();
  const presentPredicates = new Set<string>();
  function scan(): void {
    const { graph } = store;
    countries = [];
    presentTypes.clear();
    presentPredicates.clear();
    graph.forEachNode((n, a) => {
      presentTypes.add(a.type);
      if (a.type === 'country') countries.push(n);
    });
    countries.sort((a, b) => name(a).localeCompare(name(b)));
    graph.forEachEdge((_e, a) => presentPredicates.add(a.predicate));
  }

  function sync(): void {
    const f = store.view.filter;
    replaceChildren(actorChips, f.actors.map((a) => chip(a, () => setFilter({ actors: toggle(store.view.filter.actors, a, false) }), () => actorBox.input)));
    depth.value = String(f.depth);
    replaceChildren(country, [
      el('option', { text: 'Add a country…', attrs: { value: '' } }),
      ...countries.filter((c) => !f.countries.includes(c)).map((c) => el('option', { text: name(c), attrs: { value: c } })),
    ]);
    country.value = '';
    replaceChildren(countryChips, f.countries.map((c) => chip(c, () => setFilter({ countries: toggle(store.view.filter.countries, c, false) }), () => country)));
    // Only the types and relations the graph has are offered; chosen ones stay so they can be unticked.
    const syncGroup = <T extends string>(g: { boxes: Map<T, HTMLInputElement> }, chosen: readonly T[], present: ReadonlySet<string> | null, labelOf: (v: T) => string) => {
      for (const [v, box] of g.boxes) {
        box.checked = chosen.includes(v);
        const li = box.parentElement;
        if (li) li.hidden = present !== null && !present.has(v) && !box.checked;
        const text = li?.querySelector('.check-text');
        if (text) text.textContent = labelOf(v);
      }
    };
    syncGroup(typeGroup, f.types, presentTypes, (t) => TYPE_LABELS[t][store.view.lang]);
    syncGroup(relGroup, f.predicates, presentPredicates, (p) => predicateLabel(p, store.view.lang));
    syncGroup(sourceGroup, f.provenance, null, (p) => PROVENANCE_LABELS[p]);
    if (document.activeElement !== dateFrom) dateFrom.value = f.dateFrom;
    if (document.activeElement !== dateTo) dateTo.value = f.dateTo;
    clear.disabled = isFilterEmpty(f);
  }

  store.subscribe((change) => {
    if (change.kinds.has('graph') || change.kinds.has('lang')) scan();
    if (change.kinds.has('filter') || change.kinds.has('graph') || change.kinds.has('lang')) sync();
  });
  scan();
  sync();

  return el('section', { className: 'panel-section', attrs: { 'aria-labelledby': 'filters-heading' } }, [
    el('div', { className: 'section-head' }, [el('h2', { id: 'filters-heading', text: 'Filters' }), clear]),
    actorSection,
    countrySection,
    typeGroup.fieldset,
    relGroup.fieldset,
    sourceGroup.fieldset,
    dateSection,
  ]);
}
