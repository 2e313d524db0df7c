import {ingestFolder} from '../source/ingest/run.js';
const r = await ingestFolder('tests/fixtures/shapes', {jobs: 1});
for (const a of r.dataset.articles) console.log(JSON.stringify({id:a.id,file:a.file,title:a.title,tl:a.titleLine,outlet:a.outlet,pub:a.published,wire:a.wire,lang:a.language,n:a.sentences.length}));
console.log(JSON.stringify(r.skipped), JSON.stringify(r.repaired));
