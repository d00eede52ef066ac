/**
 * Text labels for the Bloch balls: a sprite whose texture is the text drawn on a small
 * canvas, so it always faces the camera. Where there is no canvas (unit tests in Node) the
 * sprite is made without a texture: the scene graph stays the same.
 */
import { CanvasTexture, Sprite, SpriteMaterial, type Texture } from 'three';

/** Draws `text` in `color` on a canvas texture, or `null` without a DOM. */
function textTexture(text: string, color: string): Texture | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = color;
  ctx.font = '600 36px ui-monospace, Menlo, Consolas, monospace';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 32, 34);
  const texture = new CanvasTexture(canvas);
  texture.needsUpdate = true;
  return texture;
}

/** A sprite named `label-<name>` showing `text`, `size` world units tall. */
export function createLabel(name: string, text: string, color: string, size = 0.26): Sprite {
  const material = new SpriteMaterial({ map: textTexture(text, color), transparent: true, depthWrite: false });
  const sprite = new Sprite(material);
  sprite.name = `label-${name}`;
  sprite.scale.set(size, size, 1);
  sprite.userData.text = text;
  return sprite;
}
