// Node labels that do not pile up. Sigma's label grid thins labels out per cell, but long phrases still run
// into each other; so labels are queued while sigma renders, then drawn biggest node first, skipping any that
// would overlap one already drawn (labels forced by a selection always win), and flipped to the left of
// their node where they would run off the canvas.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../core/types';

type KgSettings = Settings<NodeAttributes, EdgeAttributes>;

interface Pending {
  label: string;
  x: number;
  y: number;
  size: number;
  forced: boolean;
  /** Forced past sigma's size threshold, but still left out where it would overlap (reducers.ts). */
  yields: boolean;
  settings: KgSettings;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Longer labels (topics are phrases) are cut on the network; the details panel has them whole. */
const MAX_LABEL = 30;
export const shortenLabel = (label: string): string => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label);

const queues = new Map<CanvasRenderingContext2D, Pending[]>();

function paint(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, weight: string, s: KgSettings): void {
  ctx.font = `${weight} ${s.labelSize}px ${s.labelFont}`;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = '#1e293b';
  ctx.fillText(text, x, y);
}

/** Where the label goes: right of the node, or left when that would leave the canvas. */
function place(ctx: CanvasRenderingContext2D, p: Pending, width: number): { text: string; x: number; rect: Rect } {
  const text = shortenLabel(p.label);
  ctx.font = `${p.settings.labelWeight} ${p.settings.labelSize}px ${p.settings.labelFont}`;
  const w = ctx.measureText(text).width;
  const h = p.settings.labelSize;
  const right = p.x + p.size + 4;
  const x = right + w > width - 2 && p.x - p.size - 4 - w > 2 ? p.x - p.size - 4 - w : right;
  const top = p.y - h * 0.75;
  return { text, x, rect: { x0: x - 2, y0: top - 1, x1: x + w + 2, y1: top + h + 2 } };
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Sigma's label drawer: only records the label; `flushNodeLabels` draws them. */
export const queueNodeLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (ctx, data, settings) => {
  if (!data.label) return;
  const queue = queues.get(ctx) ?? [];
  const yields = (data as { labelYields?: boolean }).labelYields === true;
  queue.push({ label: data.label, x: data.x, y: data.y, size: data.size, forced: Boolean(data.forceLabel) && !yields, yields, settings });
  queues.set(ctx, queue);
};

/** Draws the queued labels of a canvas; call once sigma has finished a render. */
export function flushNodeLabels(ctx: CanvasRenderingContext2D | null | undefined): void {
  if (!ctx) return;
  const queue = queues.get(ctx);
  queues.delete(ctx);
  if (!queue?.length) return;
  const width = ctx.canvas.clientWidth || ctx.canvas.width / (window.devicePixelRatio || 1);
  queue.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size);
  const drawn: Rect[] = [];
  for (const p of queue) {
    const { text, x, rect } = place(ctx, p, width);
    if (!p.forced && drawn.some((r) => overlaps(r, rect))) continue;
    drawn.push(rect);
    paint(ctx, text, x, p.y + p.settings.labelSize / 3, p.settings.labelWeight, p.settings);
  }
}

/** Drawn at once, for the hover layer, where the few labels are wanted whatever they overlap. */
export const drawNodeLabelNow: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (ctx, data, settings) => {
  if (!data.label) return;
  const width = ctx.canvas.clientWidth || ctx.canvas.width / (window.devicePixelRatio || 1);
  const p: Pending = { label: data.label, x: data.x, y: data.y, size: data.size, forced: true, yields: false, settings };
  const { text, x } = place(ctx, p, width);
  paint(ctx, text, x, data.y + settings.labelSize / 3, settings.labelWeight, settings);
};
