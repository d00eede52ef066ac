/**
 * The hidden-register view's three.js scene on a canvas the caller owns:
 * `createBlochScene(canvas, options) -> { setTrajectory, setStep, setAutoRotate, resize, dispose }`.
 * Renders on demand (one frame after each change) and, while auto-rotating, in an animation
 * loop that reads the chosen step through `readStep` (the store's `getState`, never a
 * reactive binding) and allocates nothing per frame. Throws if the browser has no WebGL;
 * the view then shows the vectors as numbers.
 */
import { OrthographicCamera, WebGLRenderer } from 'three';
import type { BallColors } from './ball';
import { buildBlochGraph, type BlochGraph } from './blochGraph';
import { cameraHalfWidth } from './layout';

/** Radians per second of the auto-rotation (a slow turn: one revolution in about 40 s). */
const SPIN_SPEED = 0.16;
/** Camera elevation above the equator, in radians. */
const ELEVATION = 0.32;

export interface BlochSceneOptions {
  wires: number;
  colors: BallColors;
  /** The step to show, read in the frame loop (default: the last `setStep`). */
  readStep?: () => number;
}

export interface BlochScene {
  graph: BlochGraph;
  setTrajectory(bloch: ArrayLike<number>, steps: number, wires: number): void;
  setStep(t: number): void;
  setAutoRotate(on: boolean): void;
  /** Fits the drawing buffer and the camera to the canvas's CSS size. */
  resize(): void;
  dispose(): void;
}

/** Creates the scene on `canvas`; throws when WebGL is unavailable. */
export function createBlochScene(canvas: HTMLCanvasElement, options: BlochSceneOptions): BlochScene {
  const renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  const graph = buildBlochGraph(options.wires, options.colors);
  const camera = new OrthographicCamera(-1, 1, 1, -1, 0.1, 100);
  camera.position.set(0, Math.sin(ELEVATION) * 10, Math.cos(ELEVATION) * 10);
  camera.lookAt(0, 0, 0);
  let step = 0;
  let shown = -1;
  let spin = 0;
  let rotating = false;
  let frame = 0;
  let last = 0;

  function draw(): void {
    const t = options.readStep ? options.readStep() : step;
    if (t !== shown) {
      graph.setStep(t);
      shown = t;
    }
    renderer.render(graph.scene, camera);
  }

  function loop(now: number): void {
    frame = 0;
    if (rotating) {
      spin += ((now - (last || now)) / 1000) * SPIN_SPEED;
      last = now;
      graph.setSpin(spin);
    }
    draw();
    if (rotating) frame = requestAnimationFrame(loop);
  }

  const invalidate = () => {
    if (frame === 0) frame = requestAnimationFrame(loop);
  };

  const scene: BlochScene = {
    graph,
    setTrajectory(bloch, steps, wires) {
      graph.setTrajectory(bloch, steps, wires);
      shown = -1;
      invalidate();
    },
    setStep(t) {
      step = t;
      invalidate();
    },
    setAutoRotate(on) {
      rotating = on;
      last = 0;
      invalidate();
    },
    resize() {
      const width = Math.max(1, canvas.clientWidth);
      const height = Math.max(1, canvas.clientHeight);
      renderer.setSize(width, height, false);
      const halfW = cameraHalfWidth(options.wires, width, height);
      const halfH = (halfW * height) / width;
      Object.assign(camera, { left: -halfW, right: halfW, top: halfH, bottom: -halfH });
      camera.updateProjectionMatrix();
      invalidate();
    },
    dispose() {
      cancelAnimationFrame(frame);
      frame = 0;
      graph.scene.traverse((object) => {
        const o = object as { geometry?: { dispose(): void }; material?: { dispose(): void; map?: { dispose(): void } | null } };
        o.geometry?.dispose();
        o.material?.map?.dispose();
        o.material?.dispose();
      });
      renderer.dispose();
    },
  };
  scene.resize();
  return scene;
}
