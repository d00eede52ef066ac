/** A one-line terminal progress bar: `epoch 12/40 [#####-----] loss 0.04123  ETA 3s`. */

export function progressLine(epoch: number, epochs: number, loss: number | null, msPerEpoch: number, width = 24): string {
  const filled = epochs > 0 ? Math.round((width * epoch) / epochs) : width;
  const eta = Math.max(0, Math.round(((epochs - epoch) * msPerEpoch) / 1000));
  const lossText = loss === null ? 'n/a' : loss.toPrecision(4);
  return `epoch ${String(epoch).padStart(String(epochs).length)}/${epochs} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] loss ${lossText}  ETA ${eta}s `;
}
