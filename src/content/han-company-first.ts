import type { Speaker } from '../model.ts';

/**
 * "演讲人：平安科技 柴锋、高云", "eBay 汪兴朗", "环信联合创始人 刘少壮": Chinese notes write where a
 * speaker works before their name, a space between. The name is the Han name at the end (two to
 * four characters), the words before it their company, less a role written after it ("联合创始人",
 * "CTO"); the people after the first, with no company of their own, work there too. A name of
 * two short Han words ("佐藤 花子", and so "京东 刘尚堃" too) is one person's, as Japanese writes it.
 */
export function hanCompanyFirst(speakers: Speaker[]): Speaker[] {
  const [first, ...others] = speakers;
  if (!first?.name || first.company) return speakers;
  const split = COMPANY_THEN_NAME.exec(first.name);
  if (!split?.[1] || !split[2]) return speakers;
  if (!others.every((other) => other.name && HAN_NAME.test(other.name))) return speakers;
  // "佐藤 花子", "山田 太郎": a Japanese name, the family name and the given name apart.
  if (/^\p{Script=Han}{1,3}$/u.test(split[1])) return speakers;
  const company = split[1].replace(ROLE_AFTER, '').trim();
  if (company.length === 0) return [{ name: split[2] }, ...others];
  return [
    { name: split[2], company },
    ...others.map((other) => (other.company ? other : { ...other, company })),
  ];
}

const COMPANY_THEN_NAME = /^(\S.*?)\s+(\p{Script=Han}{2,4})$/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** A role written after the company: "联合创始人", "CTO", "技术总监", "高级工程师"… */
const ROLE_AFTER =
  /(?:联合创始人|创始人|首席\p{Script=Han}{0,4}官|CTO|CEO|CIO|VP|技术总监|总监|架构师|工程师|研究员|技术主管|主管|负责人|专家|经理|技术专家|高级|资深)+$/u;
