/** One page of the course, as a reference cites it. */
export interface CitedPage {
  /** The page's title, e.g. "The XOR problem". */
  title: string;
  /** The page's full address. */
  url: string;
  /** The course version the page was built as. */
  version: string;
  /** The build's day, YYYY-MM-DD. */
  date: string;
}

export const COURSE_TITLE = 'Neural Notebook';
export const COURSE_AUTHOR = 'The Neural Notebook contributors';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parseDay(date: string): { year: string; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`a citation needs the build's day as YYYY-MM-DD, got "${date}"`);
  return { year: match[1], month: Number(match[2]), day: Number(match[3]) };
}

/** BibTeX braces and backslashes would end or escape a field: keep them as text. */
const bibtexText = (text: string) => text.replace(/([\\{}&%$#_])/g, '\\$1');

/** A BibTeX key from the title and year: letters and digits only, so every tool accepts it. */
export function citationKey(page: CitedPage): string {
  const words = page.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
  return `neuralnotebook${words.join('')}${parseDay(page.date).year}`;
}

/** A `@misc` entry: the usual form for a versioned web resource. */
export function bibtex(page: CitedPage): string {
  const { year, month } = parseDay(page.date);
  return [
    `@misc{${citationKey(page)},`,
    `  author       = {{${bibtexText(COURSE_AUTHOR)}}},`,
    `  title        = {${bibtexText(page.title)}},`,
    `  howpublished = {${bibtexText(COURSE_TITLE)}, version ${bibtexText(page.version)}},`,
    `  year         = {${year}},`,
    `  month        = {${MONTHS[month - 1].slice(0, 3).toLowerCase()}},`,
    `  url          = {${page.url}},`,
    `  note         = {Version ${bibtexText(page.version)}, built ${page.date}},`,
    `}`,
  ].join('\n');
}

/** APA 7 for a page on a website with a version: Author. (Year, Month Day). Title (Version v). Site. URL */
export function apa(page: CitedPage): string {
  const { year, month, day } = parseDay(page.date);
  return `${COURSE_AUTHOR}. (${year}, ${MONTHS[month - 1]} ${day}). ${page.title} (Version ${page.version}). ${COURSE_TITLE}. ${page.url}`;
}
