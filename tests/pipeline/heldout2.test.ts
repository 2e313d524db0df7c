// A second, independent held-out batch (tests/fixtures/heldout2): six articles
// in styles the first batch did not use (live blog, wire digest with datelines
// and Gulf/Egyptian agency credits, opinion column, bulletin, Q&A explainer,
// briefing transcript), hand-annotated in gold.json before the pipeline saw
// them. The first batch was fixed on, so it no longer measures generality.
//
// Baseline before any fix (micro over the six articles):
//   actors        P 1.000 R 0.957 F1 0.978
//   cited sources P 1.000 R 0.200 F1 0.333
//   dates         P 0.893 R 0.806 F1 0.847
//   organisations P 1.000 R 0.857 F1 0.923
//   places        P 1.000 R 0.769 F1 0.870
//   boilerplate   P 0.938 R 0.714 F1 0.811 (line level)
//   title/outlet/published 12/18
//   attribution recall 0.435 (10/23)
// After the general fixes (tests/extract/heldout2-rules.test.ts): actors 1.000,
// cited sources 0.889, dates 0.915, organisations 1.000, places 0.928,
// attribution recall 0.913 (21/23). NOT yet fixed (gates below the current
// figures, to be raised when they are): boilerplate 0.811 (wire initials,
// hashtag and subscribe lines, header "site | section" and "site - قسم …"),
// titles/outlets/published 14/18 (those headers taken as titles; the date in
// a wire dateline not read as the publication date).
// Boilerplate since the page-furniture rules (tests/ingest/page-rules.test.ts):
// 1.000 (21/21 lines): wire desk initials, hashtag and "our channel" lines,
// the translator's note, and the credit line that names agencies kept.
// Gold fix after the first run (a genuine inconsistency, not fitted to output):
// k01's outlet was written "قناة المدار" while k03 and the first batch drop
// the descriptor (موقع، منصة، قناة); it is now "المدار".
import {heldOutChecks} from './scoring.js';

heldOutChecks('pipeline on a second held-out batch', 'tests/fixtures/heldout2', {
	actors: 0.85,
	citedSources: 0.85,
	dates: 0.85,
	organisationsAndPlaces: 0.8,
	boilerplate: 0.95,
	heads: 0.9,
	attribution: 0.8,
});
