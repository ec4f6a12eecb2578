// The hover highlight. Hovering must not re-run reducers over the whole graph, so instead of recolouring
// every other item the picture below is dimmed by CSS (one class on the container) and the hovered node's
// relations are drawn here, on a 2D layer between sigma's labels and its highlighted nodes. On large graphs
// the neighbours are drawn here too (discs and labels), so a hover never makes sigma redraw the network.
import type Sigma from 'sigma';
import type { EdgeAttributes, Lang, NodeAttributes } from '../core/types';
import { predicateLabel } from '../core/vocabulary';
import { drawNodeLabelNow } from './label-layout';
import { EDGE_COLORS, isExtractedOnly } from './node-style';

type KgSigma = Sigma<NodeAttributes, EdgeAttributes>;

const MAX_PILLS = 80;
/** Neighbour labels drawn on a hub's hover: the biggest nodes' only, the rest would be unreadable. */
const MAX_NODE_LABELS = 60;

interface Point {
  x: number;
  y: number;
}

export interface FocusLayer {
  /** The edges to draw, or null to clear. */
  setEdges(edges: readonly string[] | null): void;
  /** Nodes to draw over the edges with their labels (large graphs), or null for none. */
  setNodes(nodes: readonly string[] | null): void;
  draw(): void;
}

export function createFocusLayer(
  renderer: KgSigma,
  curvatureOf: (edge: string) => number,
  lang: () => Lang,
): FocusLayer {
  const canvas = renderer.createCanvas('kgFocus', { beforeLayer: 'hovers', style: { pointerEvents: 'none' } }) as HTMLCanvasElement;
  const ctx = canvas.getContext('2d');
  let edges: readonly string[] | null = null;
  let nodes: readonly string[] | null = null;

  const toViewport = (node: string): (Point & { size: number }) | null => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) return null;
    const p = renderer.framedGraphToViewport(d);
    return { x: p.x, y: p.y, size: renderer.scaleSize(d.size) };
  };

  function fit(): { w: number; h: number } {
    const { width: w, height: h } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
    return { w, h };
  }

  function drawEdge(c: CanvasRenderingContext2D, edge: string, labels: { text: string; at: Point }[], thin: boolean): void {
    const graph = renderer.getGraph();
    if (!graph.hasEdge(edge)) return;
    const s = toViewport(graph.source(edge));
    const t = toViewport(graph.target(edge));
    if (!s || !t) return;
    const attrs = graph.getEdgeAttributes(edge);
    const extracted = isExtractedOnly(attrs.provenance);
    const k = curvatureOf(edge);
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    // Same control point as @sigma/edge-curve's shader, in screen coordinates.
    const cp = { x: (s.x + t.x) / 2 + dy * k, y: (s.y + t.y) / 2 - dx * k };
    const ux = (t.x - cp.x) / (Math.hypot(t.x - cp.x, t.y - cp.y) || len);
    const uy = (t.y - cp.y) / (Math.hypot(t.x - cp.x, t.y - cp.y) || len);
    const tip = { x: t.x - ux * (t.size + 1), y: t.y - uy * (t.size + 1) };
    const head = thin ? 5 : 9;
    const base = { x: tip.x - ux * head, y: tip.y - uy * head };
    const color = extracted ? EDGE_COLORS.focusExtracted : EDGE_COLORS.focus;
    c.strokeStyle = color;
    c.lineWidth = thin ? 1 : 2;
    c.setLineDash(extracted ? [6, 4] : []);
    c.beginPath();
    c.moveTo(s.x, s.y);
    if (k) c.quadraticCurveTo(cp.x, cp.y, base.x, base.y);
    else c.lineTo(base.x, base.y);
    c.stroke();
    c.setLineDash([]);
    c.fillStyle = color;
    c.beginPath();
    c.moveTo(tip.x, tip.y);
    c.lineTo(base.x - uy * head * 0.45, base.y + ux * head * 0.45);
    c.lineTo(base.x + uy * head * 0.45, base.y - ux * head * 0.45);
    c.closePath();
    c.fill();
    const mid = k ? { x: 0.25 * s.x + 0.5 * cp.x + 0.25 * t.x, y: 0.25 * s.y + 0.5 * cp.y + 0.25 * t.y } : { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
    labels.push({ text: predicateLabel(attrs.predicate, lang()), at: mid });
  }

  /** A predicate pill, unless it would cover one already drawn (then the line alone tells the relation). */
  function drawLabel(c: CanvasRenderingContext2D, text: string, at: Point, taken: Point[][]): void {
    const w = c.measureText(text).width;
    const box = [{ x: at.x - w / 2 - 5, y: at.y - 9 }, { x: at.x + w / 2 + 5, y: at.y + 9 }];
    if (taken.some(([a, b]) => a!.x < box[1]!.x && box[0]!.x < b!.x && a!.y < box[1]!.y && box[0]!.y < b!.y)) return;
    taken.push(box);
    c.fillStyle = 'rgba(255,255,255,0.92)';
    c.strokeStyle = '#cbd5e1';
    c.lineWidth = 1;
    c.beginPath();
    c.roundRect(at.x - w / 2 - 5, at.y - 9, w + 10, 18, 9);
    c.fill();
    c.stroke();
    c.fillStyle = '#334155';
    c.fillText(text, at.x, at.y + 0.5);
  }

  /** The neighbours as sigma would draw them highlighted: a disc in their colour, a haloed label. */
  function drawNodes(c: CanvasRenderingContext2D, keys: readonly string[]): void {
    const drawn: { key: string; label: string | null; color: string; at: Point & { size: number } }[] = [];
    for (const key of keys) {
      const d = renderer.getNodeDisplayData(key);
      const at = toViewport(key);
      if (!d || !at) continue;
      drawn.push({ key, label: d.label, color: d.color, at });
      c.fillStyle = d.color;
      c.beginPath();
      c.arc(at.x, at.y, at.size, 0, 2 * Math.PI);
      c.fill();
    }
    const settings = renderer.getSettings();
    drawn.sort((a, b) => b.at.size - a.at.size);
    // Biggest first, and none over another: a rough box per label (its real width is measured by the drawer).
    const taken: Point[][] = [];
    let count = 0;
    for (const n of drawn) {
      if (!n.label || count >= MAX_NODE_LABELS) continue;
      const w = Math.min(n.label.length, 30) * settings.labelSize * 0.65;
      const box = [{ x: n.at.x + n.at.size, y: n.at.y - settings.labelSize }, { x: n.at.x + n.at.size + w, y: n.at.y + settings.labelSize / 2 }];
      if (taken.some(([a, b]) => a!.x < box[1]!.x && box[0]!.x < b!.x && a!.y < box[1]!.y && box[0]!.y < b!.y)) continue;
      taken.push(box);
      count++;
      drawNodeLabelNow(c, { key: n.key, label: n.label, color: n.color, x: n.at.x, y: n.at.y, size: n.at.size }, { ...settings, labelWeight: '600' });
    }
  }

  function draw(): void {
    if (!ctx) return;
    const { w, h } = fit();
    ctx.clearRect(0, 0, w, h);
    if (!edges || !edges.length) {
      if (nodes) drawNodes(ctx, nodes);
      return;
    }
    const labels: { text: string; at: Point }[] = [];
    // A hub's relations in hairlines: at full weight hundreds of them merge into one dark wedge.
    const thin = edges.length > MAX_PILLS;
    for (const e of edges) drawEdge(ctx, e, labels, thin);
    if (nodes) drawNodes(ctx, nodes);
    ctx.font = '500 11px Inter, system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    // A hub's hundreds of relations would only make a smudge of pills; their lines say enough.
    if (labels.length > MAX_PILLS) return;
    const taken: Point[][] = [];
    for (const l of labels) drawLabel(ctx, l.text, l.at, taken);
  }

  return {
    setEdges(next) {
      edges = next;
    },
    setNodes(next) {
      nodes = next;
    },
    draw,
  };
}
