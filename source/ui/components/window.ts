/** First index of a window of `height` rows that keeps `cursor` visible, centred when it can. */
export function windowStart(cursor: number, height: number, length: number): number {
	if (length <= height) return 0;
	const start = cursor - Math.floor(height / 2);
	return Math.max(0, Math.min(start, length - height));
}
