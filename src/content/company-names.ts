import { isGivenName } from './given-names.ts';

/** Words that stand where a company would: none ("independent"), or a company that reads like a person. */

/**
 * "independent", "freelance", a profile's site: what stands where a company would, naming none
 * (`Oskar Brekke (independent)`, `Mihkel Tamm, independent`).
 */
/** … and "Ex-Netflix", "formerly at Acme": where the person no longer works. */
export const NO_COMPANY =
  /^(?:independent|freelance(?:r)?|self-employed|ind[ée]pendante?|freiberufler(?:in)?|freiberuflich|selbstständig|independiente|aut[óo]noma?|indipendente|zzp(?:['’]er)?|zelfstandige?|niezależn[ya]|none|n\/a|独立开发者|自由职业者|フリーランス|個人開発者|個人|Mastodon|Twitter|LinkedIn|GitHub|Bluesky|website|blog|homepage|ex-\S.{0,40}|former(?:ly)?\s+(?:(?:at|of|with)\s+)?\S.{0,40})$/i;
/**
 * The words of `NO_COMPANY` that are never a company. `GitHub`, `LinkedIn`, `Twitter` are
 * companies too: a speaker's line names them as a profile, a talk's own heading as its company.
 */
export const NO_EMPLOYER =
  /^(?:independent|freelance(?:r)?|self-employed|ind[ée]pendante?|freiberufler(?:in)?|freiberuflich|selbstständig|independiente|aut[óo]noma?|indipendente|zzp(?:['’]er)?|zelfstandige?|niezależn[ya]|none|n\/a|独立开发者|自由职业者|フリーランス|個人開発者|個人|Mastodon|Bluesky|website|blog|homepage|ex-\S.{0,40}|former(?:ly)?\s+(?:(?:at|of|with)\s+)?\S.{0,40})$/i;

/**
 * Companies whose names read like a person's: a word companies end with ("Oracle Labs", "Expedia
 * Group"), or one of the best known ("Red Hat", "Capital One").
 */
export const COMPANY_LIKE =
  /^(?:\S+\s+){1,4}(?:labs?|inc\.?|corp\.?|ltd\.?|llc|gmbh|ag|se|ab|technologies|technology|software|systems|solutions|group|consulting|cloud|bank|banking|networks|security|analytics|digital|studios?|games|media|health|capital|partners|ventures|foundation|institute|university|research|engineering|credit union|insurance|mutual|logistics|payments|holdings|industries|airlines|motors|telecom|energy|retail|foods|pharma|robotics|automation|interactive|collective|agency|s\.?a\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|oy|asa|sp\. z o\.o\.)$|^(?:banco|banca|bank|grupo|gruppo|groupe|caixa|fundaci[óo]n|funda[çc][ãa]o|stichting|universidad|universidade|universit[éä]t?|university|instituto|institut|editorial|companhia|compa[ñn][íi]a|cooperativa|ministerio|minist[ée]rio|ministry)\s+(?:\S+\s+){0,3}\S+$|^\S{1,12}(?:科技|公司|集团|银行|大学|研究院|实验室|网络|技术|支付|软件|信息|株式会社)$|^(?:red hat|capital one|goldman sachs|morgan stanley|deutsche (?:bank|telekom|bahn)|wells fargo|credit suisse|delivery hero|just eat|trade republic|home depot|general motors|mercedes[- ]benz|thought ?works|hashi ?corp|jet ?brains|data ?dog|new relic|honey ?comb|mongo ?db|cockroach ?labs|grafana ?labs)$/i;

/** Whether a name reads as a company's ("Grafana Labs", "青藤科技"), though it could be a person's. */
export const isCompanyLike = (text: string): boolean => COMPANY_LIKE.test(text.trim());

/**
 * "Dana Arbuckle, Comcast VIPER", "Jane Doe, Acme LABS": after a comma, a word then one in capitals,
 * the first no given name — a company and its team, not a person whose family name is in capitals
 * ("Jean Dupont, Marie CURIE"; "Maëlle FOURNIER, Bastien LEGRAND" writes both so).
 */
export function unitOfCompany(person: string, other: string): boolean {
  const [first, second, ...more] = other.split(/\s+/);
  return (
    more.length === 0 &&
    first !== undefined &&
    second !== undefined &&
    /^\p{Lu}{2,}$/u.test(second) &&
    !isGivenName(first) &&
    !/\s\p{Lu}{2,}$/u.test(person)
  );
}
