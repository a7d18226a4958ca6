/**
 * "My favourite ideas", "Three ideas worth stealing", "5 ideas from 5 talks", "Ideas that
 * resonated with me": the author's picks of ideas, each under a heading of its own named by the
 * idea and the person who had it (`### Errors are data (Tomas Reyes)`). Those headings are no
 * talks' titles: the section is the post's, skipped with everything under it as "Key takeaways" is.
 */
const IDEA_SECTION =
  /^(?:(?:my|the|some|a few|few|more|other)\s+)*(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:favou?rite|best|key|main|big|great|interesting|notable|memorable|top|other)\s+)*ideas(?:\s+(?:worth (?:stealing|sharing|remembering)|to (?:steal|remember)|(?:that|which) (?:resonated|stuck|stayed)(?: with me)?|i (?:took|brought) (?:home|away|back)|from (?:the |other |(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:different )?)?(?:talks|sessions)))?[.:!]*$/i;

export function isIdeaSection(name: string): boolean {
  return name.length <= 60 && IDEA_SECTION.test(name.trim());
}
