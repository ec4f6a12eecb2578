// Sigma finds the node under the mouse by reading one pixel back from the GPU (readPixels) on every mouse
// move, press, release and wheel step, and that read waits until every frame already sent has been drawn. On a
// software renderer (SwiftShader, as on CI and machines without a GPU) one full frame of 10k nodes / 50k edges
// takes about a second, of 50k / 100k several: a mouse move after a few filter changes froze the page for
// seconds, and at 50k nodes every step of a drag waited ~1.7 s.
//
// This gate sits between sigma's mouse captor and sigma's own picking listeners. Moves while the button is
// down (a drag: the captor pans the camera itself) are not picked at all. Other moves reach sigma only once
// the GPU has finished the last frame, which is checked without waiting through WebGL2 fences; until then
// the latest move is held and replayed as soon as the frame is done, so hovering is late by the time the
// frame takes, never frozen. Presses, releases and wheel steps are not picked while the GPU is busy: their
// node events (downNode, upNode, wheelNode…) are not used here, and the camera still zooms. Clicks always
// pick (a selection needs it). On a real GPU the fences signal within the frame and nothing is held.
import type Sigma from 'sigma';
import type { MouseCoords } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../core/types';

type KgSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface PickingGate {
  /** True while a frame sent to the GPU is not drawn yet. */
  busy(): boolean;
  dispose(): void;
}

export function gatePicking(renderer: KgSigma, container: HTMLElement): PickingGate {
  // Sigma's WebGL layers (nodes, edges, hovered nodes); a layer without WebGL2 has no fences: no gate.
  const contexts: WebGL2RenderingContext[] = [];
  for (const canvas of Object.values(renderer.getCanvases())) {
    const gl = canvas.getContext('webgl2');
    if (gl) contexts.push(gl);
  }
  if (!contexts.length) return { busy: () => false, dispose: () => undefined };
  let fences: { gl: WebGL2RenderingContext; sync: WebGLSync }[] = [];
  let held: MouseCoords | null = null;
  let polling = false;

  function fence(): void {
    for (const f of fences) f.gl.deleteSync(f.sync);
    fences = [];
    for (const gl of contexts) {
      const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      if (!sync) continue;
      fences.push({ gl, sync });
      gl.flush();
    }
  }

  /** True while a frame sent to the GPU is not drawn yet (the status only changes between tasks). */
  function busy(): boolean {
    fences = fences.filter((f) => {
      if (f.gl.getSyncParameter(f.sync, f.gl.SYNC_STATUS) !== f.gl.SIGNALED) return true;
      f.gl.deleteSync(f.sync);
      return false;
    });
    return fences.length > 0;
  }

  const captor = renderer.getMouseCaptor();
  const pickOnMove = captor.listeners('mousemove');
  for (const l of pickOnMove) captor.removeListener('mousemove', l);

  function poll(): void {
    if (busy()) {
      requestAnimationFrame(poll);
      return;
    }
    polling = false;
    const move = held;
    held = null;
    if (move && !captor.isMouseDown) for (const l of pickOnMove) l(move);
  }

  const onMove = (e: MouseCoords): void => {
    if (captor.isMouseDown) return;
    if (!busy()) {
      held = null;
      for (const l of pickOnMove) l(e);
      return;
    }
    held = e;
    if (!polling) {
      polling = true;
      requestAnimationFrame(poll);
    }
  };
  captor.on('mousemove', onMove);

  /** Press, release, wheel: sigma's listeners only pick and report the node, skipped while the GPU is busy. */
  const gated: ('mousedown' | 'mouseup' | 'wheel')[] = ['mousedown', 'mouseup', 'wheel'];
  const restore: (() => void)[] = [];
  for (const type of gated) {
    const own = captor.listeners(type) as ((e: MouseCoords) => void)[];
    for (const l of own) captor.removeListener(type, l);
    const gate = (e: MouseCoords): void => {
      if (!busy()) for (const l of own) l(e);
    };
    captor.on(type, gate);
    restore.push(() => {
      captor.removeListener(type, gate);
      for (const l of own) captor.on(type, l);
    });
  }
  const onLeave = (): void => {
    held = null;
  };

  renderer.on('afterRender', fence);
  container.addEventListener('mouseleave', onLeave);
  return {
    busy,
    dispose() {
      renderer.off('afterRender', fence);
      captor.removeListener('mousemove', onMove);
      for (const l of pickOnMove) captor.on('mousemove', l);
      for (const r of restore) r();
      container.removeEventListener('mouseleave', onLeave);
    },
  };
}
