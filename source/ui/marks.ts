// Marked sentence ids, in marking order: what `e` exports when there are any.

/** Toggle a group: if all are marked, unmark them; otherwise mark the rest. */
export function toggleMarks(marks: string[], ids: string[]): string[] {
	if (ids.length === 0) return marks;
	const set = new Set(marks);
	if (ids.every(id => set.has(id))) return marks.filter(id => !ids.includes(id));
	return [...marks, ...ids.filter(id => !set.has(id))];
}

export function addMarks(marks: string[], ids: string[]): string[] {
	const set = new Set(marks);
	return [...marks, ...ids.filter(id => !set.has(id))];
}
