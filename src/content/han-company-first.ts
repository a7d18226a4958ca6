import type { Speaker } from '../model.ts';

/**
 * "演讲人：平安科技 柴锋、高云", "eBay 汪兴朗", "环信联合创始人 刘少壮": Chinese notes write where a
 * speaker works before their name, a space between. The name is the Han name at the end (two to
 * four characters), the words before it their company, less a role written after it ("联合创始人",
 * "CTO"); the people after the first, with no company of their own, work there too. Read so
 * after a Chinese label only: Japanese notes write "佐藤 花子", one person.
 */
export function hanCompanyFirst(line: string, speakers: Speaker[]): Speaker[] {
  // "登壇者：佐藤 花子": Japanese writes a name's two parts apart; only a Chinese label says so.
  if (!CHINESE_LABEL.test(line)) return speakers;
  const [first, ...others] = speakers;
  if (!first?.name || first.company) return speakers;
  const split = COMPANY_THEN_NAME.exec(first.name);
  if (!split?.[1] || !split[2]) return speakers;
  if (!others.every((other) => other.name && HAN_NAME.test(other.name))) return speakers;
  const company = split[1].replace(ROLE_AFTER, '').trim();
  if (company.length === 0) return [{ name: split[2] }, ...others];
  return [
    { name: split[2], company },
    ...others.map((other) => (other.company ? other : { ...other, company })),
  ];
}

/** "演讲人：", "讲者：", "分享嘉宾：": labels Chinese notes write (not Japanese's "登壇者", "講師"). */
const CHINESE_LABEL =
  /^\s*(?:演讲人|演講人|讲演人|报告人|分享人|演讲者|演講者|讲者|讲师|分享者|嘉宾|分享嘉宾|演讲嘉宾|特邀嘉宾|主讲人|主讲嘉宾|主讲)\s*[:：]/u;

const COMPANY_THEN_NAME = /^(\S.*?)\s+(\p{Script=Han}{2,4})$/u;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** A role written after the company: "联合创始人", "CTO", "技术总监", "高级工程师"… */
const ROLE_AFTER =
  /(?:联合创始人|创始人|首席\p{Script=Han}{0,4}官|CTO|CEO|CIO|VP|技术总监|总监|架构师|工程师|研究员|技术主管|主管|负责人|专家|经理|技术专家|高级|资深)+$/u;
