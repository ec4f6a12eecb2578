// Zoom in, zoom out and fit, for those without a wheel or a trackpad.
import { el } from './dom';
import type { GraphView } from './graph-view';

export function createZoomControls(view: GraphView): HTMLElement {
  const button = (text: string, label: string, action: () => void) =>
    el('button', { className: 'icon-button', text, attrs: { type: 'button', 'aria-label': label, title: label }, on: { click: action } });
  return el('div', { className: 'zoom-controls', attrs: { role: 'group', 'aria-label': 'Zoom' } }, [
    button('+', 'Zoom in', () => view.zoom(1 / 1.5)),
    button('−', 'Zoom out', () => view.zoom(1.5)),
    button('⤢', 'Fit the graph', () => view.resetCamera()),
  ]);
}
