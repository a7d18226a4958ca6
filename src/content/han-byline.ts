import type { Speaker } from '../model.ts';
import { HAN_ROLE, withoutRole } from './speaker-role.ts';

/**
 * "宫静，七牛云，技术专家", "陈连平，独立研究员、顾问": a Chinese byline, the name, then the company and
 * the role split by commas; the role is dropped, and a byline of roles alone names no company.
 */
export function hanByline(text: string): Speaker | undefined {
  if (!/^\p{Script=Han}{2,4}\s*[,，、]/u.test(text)) return undefined;
  const [name = '', ...rest] = text.split(/\s*[,，、]\s*/);
  if (rest.length === 0 || rest.length > 3 || !rest.some((part) => HAN_ROLE.test(part))) {
    return undefined;
  }
  const company = rest.find((part) => part !== '' && !HAN_ROLE.test(part));
  return company ? { name, company: withoutRole(company) } : { name };
}
