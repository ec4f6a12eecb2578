// The one way this app makes elements: properties and text only. Data never becomes markup.

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) node.setAttribute(k, v);
  if (props.on) {
    for (const [type, handler] of Object.entries(props.on)) {
      if (handler) node.addEventListener(type, handler as EventListener);
    }
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Removes every child, then appends the new ones. */
export function replaceChildren(parent: Element, children: readonly Child[] = []): void {
  parent.replaceChildren();
  append(parent, children);
}

let idCounter = 0;
/** A unique id for label/aria wiring. */
export const uid = (prefix: string): string => `${prefix}-${++idCounter}`;

/** Visually hidden text for screen readers. */
export const srOnly = (text: string): HTMLSpanElement => el('span', { className: 'sr-only', text });
