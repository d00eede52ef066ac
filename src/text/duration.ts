/** Durations in words, for estimates shown in the page. */

/** "about 12 s", "about 1 min 40 s": an estimate in words. */
export function aboutSeconds(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60), rest = Math.round((seconds - 60 * minutes) / 10) * 10;
  if (minutes >= 60) return `about ${Math.round(seconds / 3600)} h`;
  return rest === 0 || rest === 60 ? `about ${minutes + (rest === 60 ? 1 : 0)} min` : `about ${minutes} min ${rest} s`;
}
