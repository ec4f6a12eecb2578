// Problems met while building the graph or opening a file, each with file, line and column, so the user can
// find and fix the row. Build problems stay folded away; a failed file open unfolds and announces itself.
import { formatProblem } from '../core/problems';
import { el, replaceChildren } from './dom';
import type { ExplorerStore, ProblemGroup } from './explorer-store';

const MAX_LISTED = 200;

export function createProblemsPanel(store: ExplorerStore): HTMLElement {
  const list = el('div', { className: 'problems-body', id: 'problems-body' });
  const toggle = el('button', {
    className: 'problems-toggle',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'problems-body' },
    on: { click: () => setOpen(toggle.getAttribute('aria-expanded') !== 'true') },
  });
  const heading = el('h2', { id: 'problems-heading', className: 'card-title' }, [toggle]);
  const live = el('p', { className: 'sr-only', attrs: { role: 'status' } });
  const root = el('aside', { className: 'problems card', attrs: { 'aria-labelledby': 'problems-heading', 'data-testid': 'problems' } }, [heading, list, live]);
  let known = new Set<ProblemGroup>();

  function setOpen(open: boolean): void {
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
  }

  function group(g: ProblemGroup): HTMLElement {
    const errors = g.problems.filter((p) => p.severity === 'error').length;
    const title = g.origin === 'build' ? 'Building the graph from graph-data' : `Opening ${g.origin}`;
    const items = g.problems.slice(0, MAX_LISTED).map((p) =>
      el('li', { className: `problem ${p.severity}` }, [el('code', { className: 'problem-text', text: formatProblem(p) })]),
    );
    if (g.problems.length > MAX_LISTED) items.push(el('li', { className: 'muted', text: `… and ${g.problems.length - MAX_LISTED} more` }));
    const dismiss =
      g.origin === 'build'
        ? null
        : el('button', { className: 'link-button', text: 'Dismiss', attrs: { type: 'button' }, on: { click: () => store.setProblems(g.origin, []) } });
    const note =
      g.origin !== 'build' && errors > 0 ? el('p', { className: 'notice', text: 'Nothing was loaded from this file; the graph shown is unchanged.' }) : null;
    return el('section', { className: 'problem-group' }, [
      el('div', { className: 'section-head' }, [el('h3', { text: title }), dismiss]),
      note,
      el('ul', { className: 'problem-list' }, items),
    ]);
  }

  function render(): void {
    const groups = store.problems;
    const total = groups.reduce((n, g) => n + g.problems.length, 0);
    root.hidden = total === 0;
    toggle.textContent = `${total} problem${total === 1 ? '' : 's'}`;
    replaceChildren(list, groups.map(group));
    const fresh = groups.filter((g) => !known.has(g) && g.origin !== 'build');
    known = new Set(groups);
    if (fresh.length) {
      setOpen(true);
      const n = fresh.reduce((k, g) => k + g.problems.length, 0);
      live.textContent = `${fresh.map((g) => g.origin).join(', ')}: ${n} problem${n === 1 ? '' : 's'} found.`;
    }
  }

  store.subscribe((c) => {
    if (c.kinds.has('problems')) render();
  });
  setOpen(false);
  render();
  return root;
}
