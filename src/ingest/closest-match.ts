// "Did you mean …?" for ids and vocabulary terms typed slightly wrong.

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The candidate nearest to `input`, or null when none is near enough to be a plausible typo. */
export function closestMatch(input: string, candidates: Iterable<string>): string | null {
  const needle = input.trim().toLowerCase();
  if (!needle) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // A truncated term ("met" for "met_with") is far in edits but an obvious intent.
    const score = needle.length >= 3 && c.startsWith(needle) ? 1 : editDistance(needle, c);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best !== null && bestScore <= Math.max(2, Math.floor(needle.length / 3)) ? best : null;
}

/** ` (did you mean "x"?)` or an empty string, ready to append to a message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match === null ? '' : ` (did you mean "${match}"?)`;
}
