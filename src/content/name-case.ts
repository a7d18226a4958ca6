/**
 * A conference's name made from a file's or folder's name (`kubecon-eu-2024.md` → "KubeCon EU
 * 2024"), where the author wrote it all in lower case: each word as conferences write it, in
 * every answer that names the event. A name with a capital of its own is kept as written, and
 * two files' names still match whatever their case (`conferenceKey`).
 */
export function nameCased(name: string): string {
  if (/\p{Lu}/u.test(name)) return name;
  return name
    .split(' ')
    .map((word, i) => {
      const known = CASED.get(word);
      if (known) return known;
      if (REGION.has(word)) return word.toUpperCase();
      if (i > 0 && SMALL.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/** Conferences' and their words' own casing, as their organisers write them. */
const CASED = new Map(
  [
    'KubeCon',
    'CloudNativeCon',
    'GopherCon',
    'PyCon',
    'QCon',
    'JSConf',
    'CSSConf',
    'NodeConf',
    'RubyConf',
    'RailsConf',
    'EmberConf',
    'ElixirConf',
    'DjangoCon',
    'KotlinConf',
    'DockerCon',
    'HashiConf',
    'DevOpsDays',
    'DevOps',
    'DevFest',
    'SREcon',
    'FOSDEM',
    'NDC',
    'GOTO',
    'YOW',
    "O'Reilly",
    'InfoQ',
    'LeadDev',
    'PyData',
    'EuRuKo',
    'JavaOne',
    'JavaZone',
    'JavaLand',
    'WeAreDevelopers',
    'AWS',
    'GCP',
    'DDD',
    'API',
    'APIs',
    'AI',
    'ML',
    'JS',
    'PHP',
    'CSS',
    'UX',
    'UI',
    'SRE',
    'iOS',
  ].map((word) => [word.toLowerCase().replace("'", ''), word]),
);
CASED.set('reinvent', 're:Invent');

/** Regions and cities written short: "EU", "NA", "NYC". */
const REGION = new Set(['eu', 'na', 'us', 'uk', 'nyc', 'sf', 'emea', 'apac', 'latam']);

/** Words that stay small inside a name: "Conference of the Future". */
const SMALL = new Set(['and', 'of', 'the', 'in', 'at', 'on', 'for', 'de', 'du', 'des', 'la', 'le']);
