import { ALL_AT, ALL_BARE } from './all-of-them.ts';
import { withoutEmploymentVerb } from './employment-verbs.ts';

/*
 * A speaker's job beside the company ("Staff Engineer at Shopify", "former CTO, Etsy"): what is
 * the company and what is the role, apart from the reading of names in speaker-names.ts.
 */

export const DEGREE = /^(?:ph\.?\s?d|m\.?d|m\.?sc|m\.?ba|dr|jr|sr|ii|iii|iv)\.?$/i;

/** "former CTO, Etsy", "Staff Engineer at Shopify": the company, without the speaker's role. */
const ROLE =
  /^(?:[\p{L}\p{N}.&-]+\s+){0,3}?(?:cto|ceo|cio|cpo|vp|svp|evp|sre|engineer|developer|architect|manager|director|head|lead|founder|co-founder|consultant|advocate|evangelist|researcher|scientist|president|builder|designer|ambassador|champion|expert|esperto|esperta|specialist|sp[ée]cialist|especialist|analyst|d[ée]velopp|ing[ée]nieur|architecte|responsable|directeur|directrice|fondat|sviluppat|ingegner|entwickler|architekt|leiter|desarrollad|ingenier|desenvolvedor|dev)[\p{L}]*(?:\s+[\p{L}\p{N}.&-]+){0,3}\s*(?:,|\bat\b|@|\bof\b|\bchez\b|\bpresso\b|\bbei\b|\ben\b|\bem\b|\bna\b|\bw\b|\bbij\b|\btại\b)\s*(?=\S)/iu;

/** "Core developer", "Staff Engineer", "designer indépendante": a job and no employer. */
export const ROLE_ONLY =
  /^(?:[\p{L}.&-]+\s+){0,3}?(?:engineer|developer|architect|manager|director|founder|co-founder|designer|maintainer|contributor|consultant|freelancer?|researcher|scientist|advocate|writer|author|educator|trainer|d[ée]velopp|ing[ée]nieur|entwickler|sviluppat|desarrollad|desenvolvedor)[\p{L}]*(?:\s+(?:ind[ée]pendante?|independent|freelance|indipendente))?$|^(?:cto|ceo|cio|vp|sre)$/iu;

/**
 * "Web Designer, Web Developer, and writer", "Front-end Developer and SVG advocate": jobs joined,
 * each a job and no employer (see `ROLE_ONLY`).
 */
export function rolesOnly(text: string): boolean {
  if (ROLE_ONLY.test(text)) return true;
  // "Founder & CEO" is one job: "&" joins the words of a title, not two jobs.
  if (!/,|\sand\s/.test(text)) return false;
  const parts = text.split(/\s*(?:,\s*(?:and\s+)?|\sand\s)\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => ROLE_ONLY.test(part));
}

/** "Staff Engineer", "Senior SRE", "Principal Architect": a job, never a person's name. */
export const ROLE_WORDS =
  /(?:^|\s)(?:cto|ceo|cio|cpo|coo|vp|sre|engineer|developer|architect|manager|director|head of|lead|founder|co-founder|consultant|advocate|evangelist|researcher|scientist|president|principal|staff|senior)(?:\s|$)/i;

export function withoutRole(written: string): string {
  // "(all from Cloudflare)", "(both at 1Password)": one company for the people named.
  const company = withoutEmploymentVerb(written)
    // "beide bei Govtech", "entrambi di Satispay", "oboje z Allegro", "tous deux chez Sfeir": the
    // same in German, Italian, Polish, French, Spanish, Portuguese and Dutch.
    .replace(ALL_AT, '')
    // "both Harbourlight", "beide Nordwerk", "ambos Datasur": the preposition left out.
    .replace(ALL_BARE, '')
    // "Diego Suárez, de Globant": "of" in Spanish, Portuguese, French or Italian.
    .replace(/^(?:de|da|do|di|du|from|of)\s+(?=\p{Lu})/u, '')
    // "Angular team @ Google", "Payments squad at Klarna": the team, then its company.
    .replace(
      /^[\p{L}\d.+#-]+(?:\s+[\p{L}\d.+#-]+){0,2}\s+(?:team|squad|group|tribe)\s+(?:@|at)\s+(?=\S)/iu,
      '',
    );
  // "Design Quality Principal for Westpac’s Experience Design team": the company owns the team.
  const owner = company.includes('team') ? TEAM_OF.exec(company)?.[1] : undefined;
  if (owner) return owner;
  const role = ROLE.exec(company);
  // "developer advocate Google", "CTO Acme": a role, then the company with nothing between.
  const glued = role ? undefined : GLUED_ROLE.exec(company);
  if (glued) return company.slice(glued[0].length);
  // "星河云计算 CTO": the role after the company.
  const rest = (role ? company.slice(role[0].length) : company).replace(TRAILING_ROLE, '');
  // "Head of Engineering": a department, not a company; the words stay as written. So does
  // "Agile Developer, Inc.": what follows the comma is the legal form of the company's name.
  return DEPARTMENT.test(rest) || LEGAL_FORM.test(rest) ? company : rest;
}

/**
 * A role written in lower case (or as its capitals: CTO), then a capitalised company with no
 * "at" between: "developer advocate Google", "software engineer Spotify", "CTO Acme".
 */
const GLUED_ROLE =
  /^(?:(?:CTO|CEO|CIO|CPO|COO|VP|SVP|SRE)|(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(?:engineer|developer|architect|manager|director|lead|founder|co-founder|consultant|advocate|evangelist|researcher|scientist|expert|specialist|analyst|d[ée]velopp\p{Ll}*|ing[ée]nieur\p{Ll}*|architecte|entwickler\p{Ll}*|desarrollad\p{Ll}*|desenvolvedor\p{Ll}*|sviluppat\p{Ll}*)s?)\s+(?=\p{Lu})/u;

const TEAM_OF =
  /^(?:[\p{L}\p{N}.&-]+\s+){0,4}?for\s+(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2})['’]s?\s+(?:[\p{L}\d&.+-]+\s+){0,5}team$/u;

/**
 * "星河云计算 CTO", "サイボウズ エンジニア", and Korean: "업스테이지 SW엔지니어", "ETRI 연구원",
 * "카카오 백엔드 개발자", "쿼리파이 Founder & CEO": a role after the company, no part of it.
 */
const TRAILING_ROLE =
  /(?<=\S)\s+(?:(?:co-)?founder\s*(?:&|and)\s*)?(?:cto|ceo|cio|cpo|coo|vp|founder|co-founder)$|(?<=[\p{L}\p{N}])\s+(?:[\p{Script=Hangul}\w/&.-]+\s+){0,2}?[\p{Script=Hangul}\w/.-]*?(?:엔지니어|개발자|연구원|연구자|의장|대표(?:이사)?|이사|팀장|파트장|리더|매니저|책임|수석|선임|창업자|아키텍트|디자이너|교수)$|(?<=\S)(?:\s*[,，]\s*|\s+)[\p{Script=Han}]{0,6}(?:架构师|工程师|总监|经理|专家|负责人|创始人|研究员|开发者|编辑|顾问|布道师|讲师|合伙人|エンジニア|アーキテクト)$/iu;

const LEGAL_FORM = /^(?:inc|ltd|llc|llp|gmbh|corp|co|ag|sa|sas|bv|nv|plc|pty|oy|ab|as)\.?$/i;

const DEPARTMENT =
  /^(?:engineering|product|marketing|design|research|technology|operations|platform|infrastructure|data|security|sales|people|developer relations|devrel)$/i;

/**
 * "技术专家", "独立研究员", "顾问", "总编辑": a role in Chinese or Japanese, a few words before a role
 * word at most; never a company ("星河云计算 CTO" is a company and a role, see `withoutRole`).
 */
export const HAN_ROLE =
  /^(?:[\p{Script=Han}\p{Script=Katakana}]{0,4}?)(?:架构师|工程师|总监|经理|专家|负责人|创始人|研究员|开发者|顾问|讲师|教授|博士|编辑|主编|合伙人|布道师|技术官|总裁|董事长|院长|主任|主席|设计师|产品经理|エンジニア|アーキテクト|研究者|代表取締役|フリーランス)$/u;

/** "CTO and co-founder of Rockset", "Senior Engineer at Acme", "Staff SRE": a job written first. */
const JOB_FIRST =
  /^(?:(?:senior|staff|principal|lead|chief|former|ex-?|co-?)\s+)*(?:cto|ceo|cio|cpo|coo|vp|svp|evp|sre|engineer|developer|architect|manager|director|head|founder|co-?founder|consultant|advocate|evangelist|researcher|scientist|president)s?(?=[\s,]|$)/i;

/**
 * A speaker's line that gives their job and no name ("speaker: CTO and co-founder of Rockset"):
 * the company when one follows the job, `{}` for a job alone, undefined when it is no job.
 */
export function jobWithoutName(text: string): { company?: string } | undefined {
  const written = text.trim();
  if (!JOB_FIRST.test(written)) return undefined;
  if (rolesOnly(written)) return {};
  const company = withoutRole(written);
  return company !== written && company && !rolesOnly(company) ? { company } : {};
}
