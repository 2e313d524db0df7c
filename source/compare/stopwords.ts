// Arabic function words, in normalised form (see ingest/arabic/normalise.ts:
// أ→ا, ى→ي, ة→ه). They carry no content, so they are left out of wording
// similarity and of "distinctive phrases": a phrase made distinctive only by
// a preposition says nothing about how an outlet speaks of a party.
// Reporting verbs are listed too: they are compared separately, per speaker.
// Extend freely; entries must be normalised and without the proclitic و.
export const STOPWORDS: ReadonlySet<string> = new Set([
	// prepositions and particles
	'في', 'فى', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'لا', 'لم', 'لن', 'ما', 'قد', 'لقد', 'او', 'ثم', 'بل', 'حتي',
	'بين', 'حول', 'بعد', 'قبل', 'منذ', 'عند', 'خلال', 'ضد', 'نحو', 'لدي', 'لدى', 'دون', 'عبر', 'بشان', 'اي', 'كل', 'بعض',
	'غير', 'سوي', 'اذا', 'اذ', 'لكن', 'لكنه', 'لكنها', 'كما', 'مثل', 'ايضا', 'فقط', 'حيث', 'هنا', 'هناك', 'يوم', 'يومي',
	'الا', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'لان', 'كي', 'لكي', 'وفق', 'وفقا', 'نقلا', 'بما', 'فيه', 'فيها',
	'لما', 'مما', 'عما', 'فيما', 'كما', 'بينما', 'به', 'بها', 'له', 'لها', 'لهم', 'منه', 'منها', 'عليه', 'عليها', 'اليه', 'اليها', 'عنه', 'عنها',
	// demonstratives, relatives, pronouns
	'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'هو', 'هي', 'هم', 'نحن', 'انا',
	// auxiliaries
	'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ليس', 'ليست', 'سوف',
	// reporting verbs (compared per speaker instead)
	'قال', 'قالت', 'يقول', 'تقول', 'قوله', 'قولها', 'اكد', 'اكدت', 'اضاف', 'اضافت', 'اوضح', 'اوضحت', 'اشار', 'اشارت',
	'ذكر', 'ذكرت', 'ذكرته', 'صرح', 'افاد', 'افادت', 'نقلت', 'نقل', 'نقلته',
]);
