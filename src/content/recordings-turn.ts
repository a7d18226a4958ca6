/**
 * "Recordar que todas estas conferencias se graban…", "All of these talks were recorded and are on
 * YouTube": the author turning from the last talk to all the talks, where to watch them again.
 * What follows is the post's closing (the author's thanks, the format, the next edition), no
 * note of the talk above it.
 */
const ALL_RECORDED =
  /^[^.!?]{0,40}?\b(?:all (?:of )?(?:these|the|those) (?:talks|sessions|presentations|keynotes)|(?:todas|todos) (?:estas|las|esas|estos|los|as) (?:charlas|conferencias|ponencias|sesiones|palestras|sess[õo]es|talks)|toutes (?:ces|les) (?:conf[ée]rences|pr[ée]sentations|sessions)|(?:alle|sämtliche) (?:diese |die )?(?:vorträge|talks|sessions)|tutti (?:questi|i) (?:talk|interventi)|tutte (?:queste|le) (?:sessioni|presentazioni)|al (?:deze|de) (?:talks|sessies|presentaties))\b[^.!?]{0,40}?\b(?:(?:were|are|will be|get|got|have been|has been) (?:recorded|filmed|streamed|uploaded|published|online|available|on youtube)|se (?:graban|grabaron|gravam|gravaram|publican)|(?:est[áa]n|estar[áa]n|ficam|ficar[ãa]o) (?:grabad|gravad|disponibles|dispon[íi]veis|online|en youtube|no youtube)|sont (?:enregistr|film|disponibles|en ligne)|seront (?:enregistr|disponibles|en ligne)|(?:wurden|werden) (?:aufgezeichnet|aufgenommen|hochgeladen|veröffentlicht)|sind (?:online|auf youtube|verfügbar)|sono (?:state )?(?:registrat|disponibili|online)|(?:zijn|worden) (?:opgenomen|online|beschikbaar))/iu;

/** Whether a paragraph turns from the talk to where all the talks can be watched again. */
export function turnsToRecordings(text: string): boolean {
  return ALL_RECORDED.test(text.slice(0, 200));
}

/**
 * Whether what follows such a turn is the post's closing: paragraphs only (thanks, the next
 * edition), none going on about the talk ("He then showed…", its speaker named) and no bullets,
 * code or quotes of its notes. "All the talks were recorded." said in passing mid-notes ends
 * nothing.
 */
export function closesPost(after: string[], kinds: string[], names: string[]): boolean {
  if (kinds.some((kind) => kind !== 'paragraph' && kind !== 'thematicBreak')) return false;
  const surnames = names.map((name) => name.split(/\s+/).at(-1) ?? '').filter((s) => s.length > 2);
  return after.every(
    (text) => !BACK_TO_TALK.test(text) && !surnames.some((surname) => text.includes(surname)),
  );
}

/** "He then showed", "She", "The speaker", "Er", "Elle", "Ella": the talk's person again. */
const BACK_TO_TALK =
  /^(?:he|she|they|his|her|their|the speaker|er|sie|il|elle|ils|elles|él|ella|ele|ela|lui)\b/iu;
