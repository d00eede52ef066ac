/**
 * The hidden register in 3D, loaded on demand (this module and three.js form their own
 * chunk): one Bloch ball per hidden wire with the trajectory of its reduced state, a "Step"
 * slider that scrubs through the steps, a slow auto-rotation (off by default, unavailable
 * when the user prefers reduced motion), each ball's wire name under it (`h0`, `h1`, … placed
 * by `layout.ts`, the same geometry as the camera), and the chosen step's vectors in words. Without
 * WebGL it shows the vectors as a table instead.
 */
import { useEffect, useRef, useState } from 'react';
import { labStore, useLab } from '../store';
import { selectAnalysis, selectChosenStep } from '../store/analysisSelectors';
import { BlochFallback } from './BlochFallback';
import { createBlochScene, type BlochScene } from './blochScene';
import { ballsLabel, describeBloch, hiddenWireName } from './blochText';
import { ballCentreFraction } from './layout';
import { useBlochColors } from './useBlochColors';

/** Whether this browser can make a WebGL context at all (a probe canvas, discarded). */
function hasWebGL(): boolean {
  try {
    const probe = document.createElement('canvas');
    return Boolean(probe.getContext('webgl2') ?? probe.getContext('webgl'));
  } catch {
    return false;
  }
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The view; reads the analysis and the chosen step from the store. */
export default function BlochView() {
  const analysis = useLab(selectAnalysis);
  const chosen = useLab(selectChosenStep);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const sceneRef = useRef<BlochScene | null>(null);
  const colors = useBlochColors(probeRef);
  const [noWebGL, setNoWebGL] = useState(() => !hasWebGL());
  const [rotating, setRotating] = useState(false);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const wires = analysis?.hiddenQubits ?? 0;
  const steps = analysis?.steps ?? 0;
  const step = Math.min(chosen, Math.max(steps - 1, 0));

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !colors || wires === 0) return;
    let scene: BlochScene;
    try {
      scene = createBlochScene(canvas, { wires, colors, readStep: () => Math.min(labStore.getState().chosenStep, Math.max((labStore.getState().analysis?.steps ?? 1) - 1, 0)) });
    } catch {
      // The probe found a context but the renderer could not use it: show the numbers.
      queueMicrotask(() => setNoWebGL(true));
      return;
    }
    sceneRef.current = scene;
    const observer = new ResizeObserver(() => {
      scene.resize();
      setSize({ width: canvas.clientWidth, height: canvas.clientHeight });
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      scene.dispose();
      sceneRef.current = null;
    };
  }, [wires, colors]);

  useEffect(() => {
    if (analysis && sceneRef.current) sceneRef.current.setTrajectory(analysis.bloch, analysis.steps, analysis.hiddenQubits);
  }, [analysis, wires, colors]);
  useEffect(() => sceneRef.current?.setStep(step), [step, analysis, colors]);
  useEffect(() => sceneRef.current?.setAutoRotate(rotating), [rotating, colors]);

  if (!analysis) return <p className="note bloch-note">Waiting for the analysis…</p>;
  if (wires === 0) return <p className="note bloch-note">This model has no hidden wires: every step starts afresh, so there is no memory to show.</p>;
  const motionOff = reducedMotion();
  return (
    <div className="bloch-view">
      <div className="bloch-probe" ref={probeRef} aria-hidden="true">
        <span data-color="surface" /><span data-color="text" /><span data-color="state" />
      </div>
      {noWebGL ? (
        <BlochFallback bloch={analysis.bloch} steps={steps} wires={wires} step={step} />
      ) : (
        <div className="bloch-stage">
          <canvas ref={canvasRef} className="bloch-canvas" data-testid="bloch-canvas" data-step={step} role="img" aria-label={ballsLabel(wires, step)} />
          <ol className="bloch-wires" aria-label="Wires of the balls, left to right">
            {Array.from({ length: wires }, (_, k) => (
              <li key={k} style={{ left: `${(ballCentreFraction(k, wires, size.width, size.height) * 100).toFixed(2)}%` }}>{hiddenWireName(k)}</li>
            ))}
          </ol>
        </div>
      )}
      <div className="bloch-controls">
        <label className="bloch-slider">
          <span>Step <output data-testid="bloch-step">{step}</output> of {steps - 1}</span>
          <input type="range" aria-label="Step" min={0} max={Math.max(steps - 1, 0)} value={step} onChange={(e) => labStore.getState().chooseStep(Number(e.target.value))} />
        </label>
        {!noWebGL && (
          <button type="button" className="toggle-button" aria-label="Rotate" aria-pressed={rotating} disabled={motionOff} title={motionOff ? 'Off: your system asks for reduced motion' : undefined} onClick={() => setRotating(!rotating)}>
            Rotate
          </button>
        )}
      </div>
      <ul className="bloch-readout" aria-live="polite" data-testid="bloch-readout">
        {Array.from({ length: wires }, (_, k) => <li key={k}>{describeBloch(analysis.bloch, wires, step, k)}</li>)}
      </ul>
    </div>
  );
}
