// The details of the selected entity: its labels in three languages, type, country, Wikidata link, and every
// relation grouped by predicate with the sentence it came from, its source and provenance.
import { PREDICATES } from '../core/types';
import type { EdgeAttributes, Lang, NodeAttributes, Predicate } from '../core/types';
import { TYPE_LABELS, predicateLabel } from '../core/vocabulary';
import { el, replaceChildren } from './dom';
import { evidenceElement, type MentionCandidates } from './evidence-text';
import type { ExplorerStore } from './explorer-store';
import { TYPE_COLORS, isExtractedOnly, labelIn } from './node-style';

export interface DetailsActions {
  /** Select another entity and move the camera to it. */
  goTo(node: string): void;
  showNetwork(node: string): void;
  pathEnd(node: string, end: 0 | 1): void;
  clearFilters(): void;
}

const LANG_NAMES: Record<Lang, string> = { kk: 'Kazakh', en: 'English', ru: 'Russian' };
const WIKIDATA_RE = /^Q[1-9]\d*$/;
const ALIASES_SHOWN = 4;

function namesOf(a: NodeAttributes): string[] {
  return [a.label_kk, a.label_ru, a.label_en, a.label, ...a.aliases.split('|')].filter(Boolean);
}

export function createDetailsPanel(store: ExplorerStore, actions: DetailsActions): HTMLElement {
  const body = el('div', { className: 'details-body' });
  const heading = el('h2', { id: 'details-heading', text: 'Details', attrs: { tabindex: '-1' } });
  const root = el('section', { className: 'details', attrs: { 'aria-labelledby': 'details-heading' } }, [heading, body]);

  const name = (id: string) => (store.graph.hasNode(id) ? labelIn(store.graph.getNodeAttributes(id), store.view.lang, id) : id);
  const entityButton = (id: string) =>
    el('button', { className: 'link-button', text: name(id), attrs: { type: 'button' }, on: { click: () => actions.goTo(id) } });

  function renderEmpty(): void {
    heading.textContent = 'Details';
    replaceChildren(body, [
      el('p', { className: 'empty', text: 'Click a node, or search for an entity, to read its relations and the sentences they come from.' }),
    ]);
  }

  function facts(id: string, a: NodeAttributes): HTMLElement {
    const rows: [string, Node | string][] = [];
    for (const lang of ['kk', 'en', 'ru'] as const) {
      const v = a[`label_${lang}`];
      rows.push([LANG_NAMES[lang], v ? el('span', { text: v, attrs: { lang } }) : el('span', { className: 'muted', text: '—' })]);
    }
    rows.push(['Type', el('span', { className: 'type-badge' }, [el('span', { className: 'swatch', attrs: { style: `background:${TYPE_COLORS[a.type]}`, 'aria-hidden': 'true' } }), TYPE_LABELS[a.type][store.view.lang]])]);
    if (a.country) rows.push(['Country', store.graph.hasNode(a.country) ? entityButton(a.country) : a.country]);
    if (a.wikidata) {
      rows.push([
        'Wikidata',
        WIKIDATA_RE.test(a.wikidata)
          ? el('a', { text: a.wikidata, attrs: { href: `https://www.wikidata.org/wiki/${a.wikidata}`, target: '_blank', rel: 'noopener noreferrer' } })
          : a.wikidata,
      ]);
    }
    const aliases = a.aliases.split('|').filter(Boolean);
    if (aliases.length) {
      const shown = aliases.slice(0, ALIASES_SHOWN).join(' · ');
      rows.push([
        'Also',
        aliases.length <= ALIASES_SHOWN
          ? shown
          : el('details', { className: 'aliases' }, [el('summary', { text: `${shown} · +${aliases.length - ALIASES_SHOWN} more` }), aliases.slice(ALIASES_SHOWN).join(' · ')]),
      ]);
    }
    rows.push(['Id', el('code', { text: id })]);
    return el('dl', { className: 'facts' }, rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, [v])]));
  }

  function relation(id: string, edge: string, a: EdgeAttributes, source: string, target: string): HTMLElement {
    const lang = store.view.lang;
    const end = (n: string) => (n === id ? el('strong', { text: name(n) }) : entityButton(n));
    const extracted = isExtractedOnly(a.provenance);
    const mentions: MentionCandidates[] = [
      { role: 'subject', texts: [a.subject_mention, ...(store.graph.hasNode(source) ? namesOf(store.graph.getNodeAttributes(source)) : [])] },
      { role: 'object', texts: [a.object_mention, ...(store.graph.hasNode(target) ? namesOf(store.graph.getNodeAttributes(target)) : [])] },
    ];
    const meta: (HTMLElement | string)[] = [
      el('span', { className: `badge ${extracted ? 'badge-extracted' : 'badge-curated'}`, text: a.provenance.split('|').map((p) => (p === 'curated' ? 'Curated' : 'Extracted')).join(' + ') }),
    ];
    if (extracted && a.confidence < 1) meta.push(el('span', { text: `confidence ${Math.round(a.confidence * 100)}%` }));
    if (a.source) meta.push(el('span', {}, ['Source: ', el('cite', { text: a.source.split('|').join(', ') })]));
    if (a.date) meta.push(el('span', {}, ['Date: ', el('time', { text: a.date, attrs: { datetime: a.date } })]));
    if (a.place && store.graph.hasNode(a.place)) meta.push(el('span', {}, ['Place: ', entityButton(a.place)]));
    if (a.counterpart && store.graph.hasNode(a.counterpart)) meta.push(el('span', {}, ['With: ', entityButton(a.counterpart)]));
    return el('li', { className: 'relation', attrs: { 'data-edge': edge } }, [
      el('p', { className: 'relation-line' }, [end(source), el('span', { className: 'predicate', text: ` ${predicateLabel(a.predicate, lang)} ` }), end(target)]),
      a.evidence ? evidenceElement(a.evidence, mentions) : el('p', { className: 'muted', text: 'No evidence sentence recorded.' }),
      el('p', { className: 'relation-meta' }, meta),
    ]);
  }

  function relations(id: string): HTMLElement {
    const groups = new Map<Predicate, HTMLElement[]>();
    store.graph.forEachEdge(id, (edge, a, s, t) => {
      const list = groups.get(a.predicate) ?? [];
      list.push(relation(id, edge, a, s, t));
      groups.set(a.predicate, list);
    });
    if (!groups.size) return el('p', { className: 'muted', text: 'No relations.' });
    const ordered = PREDICATES.filter((p) => groups.has(p));
    return el(
      'div',
      { className: 'relations' },
      ordered.map((p) => {
        const items = groups.get(p)!;
        return el('section', { className: 'relation-group' }, [
          el('h4', {}, [predicateLabel(p, store.view.lang), el('span', { className: 'group-count', text: ` ${items.length}` })]),
          el('ul', {}, items),
        ]);
      }),
    );
  }

  function render(): void {
    const id = store.view.selected;
    if (!id || !store.graph.hasNode(id)) {
      renderEmpty();
      return;
    }
    const a = store.graph.getNodeAttributes(id);
    heading.textContent = labelIn(a, store.view.lang, id);
    const hidden = !store.visible.nodes.has(id)
      ? el('p', { className: 'notice' }, [
          'Hidden by the current filters. ',
          el('button', { className: 'link-button', text: 'Clear filters', attrs: { type: 'button' }, on: { click: actions.clearFilters } }),
        ])
      : null;
    const tools = el('div', { className: 'tool-row' }, [
      el('button', { className: 'button small', text: 'Show its network', attrs: { type: 'button' }, on: { click: () => actions.showNetwork(id) } }),
      el('button', { className: 'button small', text: 'Path from here', attrs: { type: 'button' }, on: { click: () => actions.pathEnd(id, 0) } }),
      el('button', { className: 'button small', text: 'Path to here', attrs: { type: 'button' }, on: { click: () => actions.pathEnd(id, 1) } }),
    ]);
    replaceChildren(body, [
      hidden,
      facts(id, a),
      tools,
      el('h3', { text: `Relations (${store.graph.degree(id)})` }),
      relations(id),
    ]);
  }

  store.subscribe((change) => {
    if (change.kinds.has('selection') || change.kinds.has('graph') || change.kinds.has('lang') || change.kinds.has('filter')) render();
  });
  render();
  return root;
}
