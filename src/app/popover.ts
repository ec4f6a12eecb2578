// A button that opens a small panel of controls below it. Escape or a click elsewhere closes it and focus
// returns to the button.
import { el, uid } from './dom';

export interface Popover {
  root: HTMLElement;
  panel: HTMLElement;
  close(): void;
}

export function createPopover(label: string, panelLabel: string, content: readonly HTMLElement[]): Popover {
  const panelId = uid('popover');
  const button = el('button', {
    className: 'button',
    text: label,
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId },
  });
  const panel = el('div', { id: panelId, className: 'popover', attrs: { role: 'group', 'aria-label': panelLabel } }, content);
  panel.hidden = true;
  const root = el('div', { className: 'popover-anchor' }, [button, panel]);

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) panel.querySelector<HTMLElement>('button, input, select')?.focus();
  };
  const close = () => setOpen(false);
  button.addEventListener('click', () => setOpen(panel.hidden));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      close();
      button.focus();
    }
  });
  document.addEventListener('pointerdown', (e) => {
    if (!panel.hidden && e.target instanceof Node && !root.contains(e.target)) close();
  });
  root.addEventListener('focusout', (e) => {
    if (!panel.hidden && e.relatedTarget instanceof Node && !root.contains(e.relatedTarget)) close();
  });
  return { root, panel, close };
}
