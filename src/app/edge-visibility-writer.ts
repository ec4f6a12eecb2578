// Shows and hides edges in sigma's programs without its refresh, for filter changes. Sigma 3 keeps these
// structures private; they are read here, in one place, and the writer falls back to sigma's own partial
// refresh when they are not there (another sigma version).
import type { EdgeProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphIndex } from '../graph/graph-index';
import type { KgSigma } from './graph-view';

interface SigmaInternals {
  edgeDataCache: Record<string, EdgeDisplayData | undefined>;
  nodeDataCache: Record<string, NodeDisplayData | undefined>;
  edgeIndices: Record<string, number | undefined>;
  edgeProgramIndex: Record<string, number | undefined>;
  edgePrograms: Record<string, EdgeProgram | undefined>;
}

/** Where each edge of an index sits in sigma's programs; valid until sigma processes the graph again. */
interface ProgramSlots {
  index: GraphIndex;
  data: (EdgeDisplayData | undefined)[];
  position: Int32Array;
  fingerprint: Int32Array;
}

export type EdgeVisibilityWriter = (index: GraphIndex, positions: readonly number[], shown: Uint8Array | null) => void;

/**
 * A writer that sets `hidden` on the edges at `positions` of `index` (shown: one byte per edge, null for
 * all) in sigma's display data and rewrites them in their program. At 10k/50k a type filter flips ~45k
 * edges; going through sigma's refresh copied every attribute of each (evidence included) and ran the
 * reducer, and even calling its per-edge writer cost five string-keyed lookups an edge.
 */
export function createEdgeVisibilityWriter(renderer: KgSigma): EdgeVisibilityWriter {
  const sigma = renderer as unknown as Partial<SigmaInternals>;
  let slots: ProgramSlots | null = null;
  // A full process renumbers the programs: the slots are read again on the next use.
  renderer.on('afterProcess', () => {
    slots = null;
  });

  function slotsFor(index: GraphIndex, s: SigmaInternals): ProgramSlots {
    if (slots?.index === index) return slots;
    const n = index.edges.length;
    const fresh: ProgramSlots = { index, data: new Array<EdgeDisplayData | undefined>(n), position: new Int32Array(n).fill(-1), fingerprint: new Int32Array(n) };
    for (let i = 0; i < n; i++) readSlot(fresh, i, s);
    slots = fresh;
    return fresh;
  }

  function readSlot(into: ProgramSlots, i: number, s: SigmaInternals): void {
    const e = into.index.edges[i] as string;
    const position = s.edgeProgramIndex[e];
    const fingerprint = s.edgeIndices[e];
    into.data[i] = s.edgeDataCache[e];
    into.position[i] = position ?? -1;
    into.fingerprint[i] = fingerprint ?? 0;
  }

  return (index, positions, shown) => {
    const s = sigma as SigmaInternals;
    if (!s.edgeDataCache || !s.nodeDataCache || !s.edgePrograms || !s.edgeProgramIndex || !s.edgeIndices) {
      renderer.refresh({ partialGraph: { edges: positions.map((i) => index.edges[i] as string) }, skipIndexation: true, schedule: true });
      return;
    }
    const table = slotsFor(index, s);
    // Node display data by position, read once: the nodes flipped by this change have new objects.
    let nodeData: (NodeDisplayData | undefined)[] | null = null;
    for (const i of positions) {
      let data = table.data[i];
      // An edge refreshed on its own since (a graph event) has a new display object: read its slot again.
      if (data !== s.edgeDataCache[index.edges[i] as string]) {
        readSlot(table, i, s);
        data = table.data[i];
      }
      const position = table.position[i] as number;
      if (!data || position < 0) continue;
      data.hidden = shown ? shown[i] !== 1 : false;
      const program = s.edgePrograms[data.type];
      if (!program) continue;
      if (data.hidden) {
        // The program blanks a hidden edge without reading its ends.
        program.process(table.fingerprint[i] as number, position, data as unknown as NodeDisplayData, data as unknown as NodeDisplayData, data);
        continue;
      }
      nodeData ??= index.nodes.map((n) => s.nodeDataCache[n]);
      const source = nodeData[index.source[i] as number];
      const target = nodeData[index.target[i] as number];
      if (source && target) program.process(table.fingerprint[i] as number, position, source, target, data);
    }
  };
}
