// Help for the tool and for each command, with examples. `crisis-explorer
// help export` and `crisis-explorer export --help` print the same text.
import {FORMATS} from '../export/formats/index.js';
import type {Command} from './flags.js';

// One line a format, from the registry: its name and the extensions that pick it.
const nameWidth = Math.max(...FORMATS.map(format => format.name.length)) + 2;
const formatLines = FORMATS.map(format => `                       ${format.name.padEnd(nameWidth)}${format.extensions.join(' ')}`).join('\n');

const GLOBAL = `
Global flags
  --data FILE|DIR    dataset to read: a .json file, or a directory written by
                     ingest --out DIR (default: $CRISIS_EXPLORER_DATA, else the
                     bundled data/dataset.json)
  --format F         output format (default: table on a terminal, json otherwise;
                     with --out FILE, the format FILE's extension names):
${formatLines}
  --fields a,b,c     pick and order the fields of each record
  --out FILE         write to FILE atomically (refuses to overwrite without --force)
  --force            overwrite --out FILE
  --bom              start CSV with a UTF-8 byte-order mark (for spreadsheets)
  --bidi MODE        reorder right-to-left text for terminals that do not: auto
                     (detect), on, off (CRISIS_EXPLORER_BIDI=on|off forces it)
  --no-shape         do not join Arabic letters (presentation forms) when reordering
  --no-color         no colours
  -V, --version      print the version (also: crisis-explorer version)
  -h, --help         this help (also: crisis-explorer help COMMAND)

JSON is pretty-printed (2 spaces) on a terminal and in files, one compact line
on a pipe. CSV is RFC 4180 (CRLF, header row); cells starting with = + - @ tab
or CR get a leading ' so spreadsheets do not run them. Exit codes: 0 ok,
1 data or output problem, 2 usage error, 3 ingest skipped some files.`;

const MAIN = `
crisis-explorer: explore how news outlets cover a crisis

Usage
  crisis-explorer                       open the explorer (needs a terminal)
  crisis-explorer ingest DIR --out FILE build a dataset from articles (.txt, .html, .ndjson, .csv)
  crisis-explorer list KIND             articles|actors|organizations|places|sources|events|days
  crisis-explorer show ID               an article, sentence (article:index), actor, event, source or day
  crisis-explorer search QUERY          Arabic-aware fuzzy search
  crisis-explorer export [filters]      sentences, articles or events with provenance
  crisis-explorer compare EVENT_ID      how each outlet reports one event
  crisis-explorer lexicon suggest       people and organisations found by context, as lexicon entries
  crisis-explorer translate --engine E  add an English translation of every sentence (sends text to E)
  crisis-explorer help COMMAND          help and examples for a command
  crisis-explorer completion SHELL      shell completion script: bash, zsh or fish
  crisis-explorer version               print the version

Explorer flags
  --lang L           show sentences in ar (Arabic as written, the default), en
                     (English: the translation where one was made, else a gist
                     marked ≈, built from what was recognised) or both; t cycles
${GLOBAL}

Environment
  CRISIS_EXPLORER_DATA   dataset used when --data is not given
  CRISIS_EXPLORER_BIDI   on|off: force right-to-left reordering (see --bidi)
  CRISIS_EXPLORER_DEBUG  1: print a stack trace with an error
  CRISIS_EXPLORER_TRANSLATE_COMMAND, _URL, _MODEL, _API_KEY
                         translate's --command, --url, --model and key (see help translate)
  XDG_CACHE_HOME         translate's cache is $XDG_CACHE_HOME/crisis-explorer/translations
  NO_COLOR               no colours (as --no-color)
  TERM                   dumb: no explorer (it needs a terminal that moves the
                         cursor); the scriptable commands work as usual

Examples
  crisis-explorer list events --format json
  crisis-explorer search stoltenberg --type actor
  crisis-explorer export --actor jens-stoltenberg --format csv --out stoltenberg.csv
`;

const COMMAND_HELP: Record<Command, string> = {
	help: MAIN,
	ingest: `
Usage
  crisis-explorer ingest DIR|FILE|- --out FILE [--manifest FILE] [--lexicon DIR [--lexicon-only]] [--columns MAP] [--jobs N] [--follow-links] [--force]

Reads every article file in DIR and its subfolders (or one FILE, or standard
input for -) and writes the dataset to FILE atomically:
  .txt             one article a file
  .html, .htm      a saved web page: its main text (Mozilla Readability) and what
                   its metadata states (og:, JSON-LD NewsArticle, canonical URL, lang)
  .ndjson, .jsonl  one article a line: {"id", "url", "title", "text" or "html",
                   "published", "outlet", "language"}
  .csv, .tsv       one article a row, with a header: url, title, publish_date /
                   published / date, media_name / outlet / source, text / content / body
Any other kind of file, and any bad line or row, is skipped and named with the
reason. English and French texts are taken too (language en/fr), other
scripts are not. Prints a one-line summary on stderr (and a progress line
while it runs, in a terminal). When --out does not end in .json, ingest writes
a dataset directory instead (for large corpora: articles written one by one,
opened without reading them all; pass the directory to --data).

  --manifest FILE  JSON object keyed by file name: {"a.txt": {"published": "2021-12-26",
                   "outlet": "…", "url": "…"}}; what it states wins over the text
  --columns MAP    other column (or key) names for records, e.g. text=story,published=pubdate
                   (fields: id, url, title, text, html, published, outlet, language):
                   ingest export.csv --columns text=story --out d.json
  -                standard input: NDJSON, CSV, a page or a text, e.g.
                   cat records.ndjson | crisis-explorer ingest - --out d.json
  --lexicon DIR    a lexicon folder added to the bundled data/lexicon: an entry with the
                   id of a bundled one replaces it, new ones are added (its files may be
                   only actors.json, or what lexicon suggest --out wrote)
  --lexicon-only   with --lexicon: the folder replaces the bundled lexicon
  --jobs N         parse with N worker threads; 1 parses in the main thread (default:
                   every core for 3,000 files or records or more, else 1; same output either way)
  --follow-links   read symbolic links that lead out of DIR (by default they are skipped
                   and named: a link to /etc/passwd is not an article)
  --out DIR        (no .json) replaces DIR only when it is empty or a dataset; the new
                   dataset is written beside it and swapped in when complete

Exit codes: 0 everything ingested, 3 some files or records skipped, 1 nothing usable.

Examples
  crisis-explorer ingest data/raw --manifest data/raw/manifest.json --out /tmp/d.json
  crisis-explorer --data /tmp/d.json list events
  crisis-explorer ingest data/raw --manifest data/raw/manifest.json --out /tmp/d.dir   # a directory, for large corpora
  crisis-explorer --data /tmp/d.dir list events
`,
	list: `
Usage
  crisis-explorer list articles|actors|organizations|places|sources|events|days [--conflicts]

  --conflicts   with events: only events whose outlets disagree on a fact

Examples
  crisis-explorer list actors --format json
  crisis-explorer list events --conflicts
  crisis-explorer list days --format csv --out days.csv
`,
	show: `
Usage
  crisis-explorer show ID

ID is an article id (file name without .txt), a sentence id (article:index), an
actor, event, source, organisation or place id, or a day (YYYY-MM-DD). JSON
gives the whole record (an article with its sentences and removed boilerplate;
an actor with every sentence it speaks in, under statements).
On a terminal, with no --format, an article is printed to read: title, outlet,
date, then its paragraphs wrapped and laid out for the terminal. --fields picks
fields of the records (an article's sentences) in every format.

Examples
  crisis-explorer show 001_b306887423b5e991 --format json
  crisis-explorer show jens-stoltenberg
  crisis-explorer show 2022-01-12
`,
	search: `
Usage
  crisis-explorer search QUERY [--type article|sentence|actor|event|source] [--limit N]

The explorer's search: Arabic normalised (harakat, hamza, ى/ي, ة/ه, digits),
spelling variants, English names. Results are ranked, with a score (0–1) and
the matched span.

  --type KIND   only hits of one kind: article, sentence, actor, event or source
  --limit N     at most N hits

Examples
  crisis-explorer search stoltenberg --type actor
  crisis-explorer search "الاطلسي" --limit 5
  crisis-explorer search ستولتنبرغ --type sentence --format ids | crisis-explorer export --ids -
`,
	export: `
Usage
  crisis-explorer export [filters] [--unit sentence|article|event]

Filters (repeat a flag or separate values with commas; values of one filter
are ORed, different filters ANDed; no filter exports everything):
  --day YYYY-MM-DD   sentences dated to that day, or in articles published then
  --actor ID         sentences naming the actor
  --source ID        sentences crediting the source (an outlet: all its sentences)
  --event ID         sentences about the event
  --article ID       sentences of the article
  --query TEXT       sentences matching the search
  --ids ID,…         these records (sentence ids article:index, or article/event ids
                     for --unit article/event); --ids - reads ids from stdin, one a line
  --unit U           sentence (default: each sentence with its article's metadata),
                     article, or event

Every record carries its provenance: article, file, line, outlet, published.

Examples
  crisis-explorer export --event <event-id> --format csv --out event.csv
  crisis-explorer export --actor jens-stoltenberg --day 2022-01-12 --format ndjson
  crisis-explorer export --source agency:reuters --unit article --fields id,outlet,title
  crisis-explorer search ستولتنبرغ --type sentence --format ids | crisis-explorer export --ids -
`,
	completion: `
Usage
  crisis-explorer completion bash|zsh|fish

Prints a completion script for the shell: commands, flags, the values of
--format, --unit, --type, --bidi and list, file names, and the dataset's ids
for --actor, --event, --source, --article, --day and compare (read with
crisis-explorer list KIND --format ids, from the --data on the line).

  bash  in ~/.bashrc:  source <(crisis-explorer completion bash)
  zsh   in ~/.zshrc:   source <(crisis-explorer completion zsh)
  fish  once:          crisis-explorer completion fish > ~/.config/fish/completions/crisis-explorer.fish

Examples
  crisis-explorer completion bash > /tmp/crisis-explorer.bash
  crisis-explorer completion zsh > /tmp/_crisis-explorer
`,
	version: `
Usage
  crisis-explorer version

Prints the version, as -V and --version do.

Examples
  crisis-explorer version
  crisis-explorer -V
`,
	lexicon: `
Usage
  crisis-explorer lexicon suggest [--data FILE|DIR] [--out DIR] [--force]

Lists the people and organisations the dataset found by their context (a
title, a reporting verb, a head noun such as وزارة or قوات) although no
lexicon names them, most mentioned first, as entries of data/lexicon's
actors.json and organizations.json, each with its number of mentions and a
context line (and that sentence's id) to review it by. JSON on stdout, or with
--out DIR the files DIR/actors.json and DIR/organizations.json. Edit what is
wrong (an English name, a role's dates: null means held at any date), delete
what is not a person or a body, and pass the folder to ingest --lexicon DIR:
they become lexicon entries (source lexicon), with your names.

Examples
  crisis-explorer ingest data/raw --out /tmp/d.json
  crisis-explorer lexicon suggest --data /tmp/d.json
  crisis-explorer lexicon suggest --data /tmp/d.json --out /tmp/mine
  crisis-explorer ingest data/raw --lexicon /tmp/mine --out /tmp/d2.json
`,
	translate: `
Usage
  crisis-explorer translate --data FILE|DIR --engine command|libretranslate|openai [--to en]
      [--command CMD] [--url URL] [--model M] [--api-key-env VAR] [--batch N]
      [--timeout MS] [--retries N] [--rate N/s] [--retry-failed] [--cache DIR]

Adds a machine translation of every title and sentence to the dataset (either
layout), with its engine, model and date, and writes it back atomically. Only
what has none is sent, and answers are kept in a cache keyed by the text, so a
second run, or a run over a fresh ingest of the same articles, sends nothing.
Saved as it goes: a run stopped half-way goes on where it stopped. A sentence
the engine fails on (after the retries) gets the reason recorded on it, and
the run goes on. Nothing is sent anywhere unless you run translate with an
engine, and then only to that engine.

  --engine E       command: a program on this machine (--command); libretranslate: a
                   LibreTranslate server (--url); openai: an OpenAI-compatible chat
                   completions server, such as Ollama, llama.cpp or vLLM (--url, --model)
  --to LANG        target language (default: en)
  --command CMD    run through the shell once a batch; reads one JSON line {id, text,
                   from, to} a sentence on stdin, writes one {id, text} line each
  --url URL        the server (default: http://localhost:5000 for libretranslate,
                   http://localhost:11434 for openai, Ollama's)
  --model M        the model (openai; recorded with each translation)
  --api-key-env V  the environment variable holding the key (default:
                   CRISIS_EXPLORER_TRANSLATE_API_KEY); sent as api_key or Bearer
  --batch N        sentences a request (default: 50 command, 20 libretranslate,
                   1 openai; above 1, openai gets a numbered list)
  --timeout MS     per request (default: 60000)
  --retries N      tries after a failed request: timeouts, HTTP 429 (waiting what its
                   Retry-After asks), 5xx, malformed answers (default: 3)
  --rate N/s       at most N requests a second (or N/min)
  --retry-failed   send again the sentences whose translation failed before
  --cache DIR      the cache (default: $XDG_CACHE_HOME/crisis-explorer/translations)

Environment: CRISIS_EXPLORER_TRANSLATE_COMMAND, _URL and _MODEL stand for
--command, --url and --model. Progress on stderr in a terminal; a summary line
always. Exit codes: 0 all translated, 3 some sentences failed (see their
translation.error), 130/143 stopped by Ctrl-C or a kill (progress saved).

Examples
  crisis-explorer ingest data/raw --out /tmp/d.json
  crisis-explorer translate --data /tmp/d.json --engine command --command cat --cache /tmp/cache
`,
	compare: `
Usage
  crisis-explorer compare EVENT_ID [--format json|md]

Each outlet's sentences about one event, side by side, with the facts where
outlets agree, omit or disagree (default: md on a terminal, json otherwise).
On a terminal (or with --bidi on) the report's Arabic is laid out to read.

Examples
  crisis-explorer list events --conflicts
  crisis-explorer compare <event-id> --format md --out comparison.md
`,
};

export function helpText(command?: Command): string {
	if (!command || command === 'help') return MAIN.trim() + '\n';
	return `${COMMAND_HELP[command].trim()}\n${GLOBAL}\n`;
}
