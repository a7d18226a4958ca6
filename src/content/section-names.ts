import { trimEndOf } from '../text.js';
import { attendedAfterTurn } from './attended-after-all.ts';
import { isEventGroup, isEventSection } from './event-sections.ts';
import { isIdeaSection } from './idea-sections.ts';
import { remembered } from './memo.ts';
import { misspeltSection } from './misspelt-sections.ts';
import { isAfterword, isOutlineHeading } from './outline-headings.ts';
import { isTalkPartName } from './talk-part-names.ts';

/**
 * What a heading's words say about its section. Lists of the words authors use; each test is
 * anchored and linear.
 */

/** Sections about the post, not a talk, at any level: skipped with everything under them. */
const POST_SECTION =
  /^(?:(?:a |an |the |my |some |short |brief |quick |final |closing |general |overall |personal |other )*(?:conclusions?|summary|summaries|resources|references|further reading|reading list|recommended reading|links|useful links|related( posts| articles| reading)?|see also|about( me| the author| this post| the conference| the event)?|introduction|intro|preface|prelude|overview|background|table of contents|contents|toc|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|indice|contenido|inhoud(?:sopgave)?|目次|目录|wrap[- ]?up|wrapping(?: it)? up|in conclusion|to conclude|final words|closing remarks|conclusie|tot slot|afsluiting|samenvatting|slotsom|conclusão|considerações finais|conclusión|conclusioni|in sintesi|words|last words|epilogue|summing up|in closing|outro|thoughts|impressions|takeaways from the conference|(?:top \d{1,2} |\d{1,2} |key |main |biggest |overall )?(?:takeaways?|take-aways?|learnings|lessons(?: learned| learnt)?)(?: for (?:our|the|my) (?:team|company|org|organi[sz]ation|colleagues))?|verdict|(?:things |stuff |words |terms )?to (?:google|look up|look into|read up on|research|check out|dig into)(?: later)?|word dump|social life|useful tidbits|(?:find out|learn|read) more|more info(?:rmation)?|general impressions of (?:the )?(?:conference|event|day|week)|reflections?(?:,?\s*(?:and |& )?thoughts)?|(?:industry |common |key |main |emerging |recurring |tech(?:nology)? )?(?:trends|themes)(?: (?:i|we) (?:saw|noticed|observed|spotted))?|thanks|thank you|acknowledge?ments|updates?|edits?|tl;?dr|comments|disclaimer|venue|location|the venue|travel|travelling|traveling|getting there|accommodation|hotel|logistics|organi[sz]ation|food|food (?:and|&) drinks?|catering|lunch|breakfast|dinner|drinks|coffee|party|parties|after ?party|social|socials|social events?|networking|meetups?|meetups? (?:and|&) socials|hallway track|sponsors?|expo(?: hall| floor| area)?|exhibition|booths?|swag|workshops?|warsztaty|talleres|ateliers|oficinas|воркшопы|мастер-классы|tutorials?|sprints?|hackathons?|booth crawl|gallery|photos|pictures|images|videos|slides|photo (?:gallery|album)|(?:a |our )?(?:huge |big |special )?thank(?:s| you)(?: (?:to|for) (?!(?:our |all (?:our |the )?|the )?speakers).{1,40})?|(?:the )?cfp\b.{0,60}|call for (?:papers|proposals|speakers|talks|volunteers|sponsors|participation|contributions)\b.{0,60}|(?:the )?(?:review|selection|voting|cfp) process|program(?:me)? committee|volunteers?|save the date|best (?:student )?(?:paper|demo)s?(?: awards?)?|best (?:student )?talks? awards?|awards?|posters?(?: session)?|overall|(?:next|previous|past|upcoming|our next) (?:meetups?|events?|editions?)|links? mentioned|transcript|(?:final )?(?:ranking|scores?|ratings?)|(?:lunch|dinner|breakfast|drinks|party|after-?party|coffee) (?:at|in|@|[—–-]) .{1,40}|pranzo|cena|(?:the |full |complete |whole |youtube )?playlists?|all (?:the )?(?:videos|recordings|talks on youtube)|how it works|how (?:it|the day|the unconference) (?:worked|went)|(?:the )?(?:session )?marketplace|(?:opening|closing) circle|fleeting(?: notes)?|backlinks|(?:un)?linked (?:references|mentions)|misc|miscellaneous|other stuff|odds and ends|next year|what'?s next|see you next year|keynotes? i missed|unconference|open spaces?|wifi|registration|check-in|doors open|welcome(?: reception| drinks| (?:and|&) opening remarks)?|(?:opening|closing|welcome) (?:remarks|words|session|ceremony)|opening|closing|sponsors?['’]? (?:booths?|hall|area|village|lounge|stands?|tables?)|badges?(?: pick-?up| collection)?|badge (?:and|&) (?:registration|check-in)|exhibit(?:ion|ors)? hall|happy hour|reception|evening event|conference (?:party|dinner)|(?:coffee |lunch |tea |short |afternoon |morning )?breaks?|that'?s (?:a wrap|all(?: folks)?)|that['’]?s all for (?:this week|today|now|this issue|this one)|a word from (?:this week['’]?s |our |the |today['’]?s )?sponsors?|(?:links? )?(?:i['’]?m|i am) reading(?: this week)?|we['’]?re hiring|(?:open )?(?:jobs|careers|positions)|join (?:us|our team)|written by .{2,40}|more from .{2,40}|recommended from medium|what we['’]?re (?:changing|doing next|taking away)|what (?:we|i)(?:['’]ll| will| are going to| am going to|['’]re going to|['’]m going to) (?:do|try|change|adopt)(?: next| now| differently| first)?|comida(?: y ambiente)?|ambiente|it'?s a wrap|(?:action items?|to-?dos?|next steps|follow[- ]?ups?)(?: for (?:the |our |my )?[a-z-]+(?: team)?)?|books?(?: (?:mentioned|recommended|i bought|to read))?|tools mentioned|people to follow|(?:fun )?(?:stats|statistics)|by the numbers|code of conduct|footnotes?|notes and references|licen[cs]e|contributing|changelog|credits|swag(?: haul)?|volunteering|speakers?['’]? dinner|why i (?:went|attended|go)|costs?|budget|tickets?|tips(?: for (?:first[- ]timers|attendees|next (?:time|year)))?|(?:lessons|notes) for next (?:year|time)|(?:favou?rite |best |memorable )?quotes?(?: of the day)?|misc(?:ellaneous)? notes|other notes|open questions|photos? from the (?:event|conference|day)|was it worth it\??|worth it\??|would i go again\??|community|diversity(?: (?:and|&) inclusion)?|(?:job|career) fair|fazit|anreise|einleitung|hintergrund|schlussfolgerung(?:en)?|schlusswort|achtergrond|kaffeepause|mittagspause|mittagessen|pause|abendveranstaltung|danksagung|(?:à|a) propos(?: d(?:e (?:la |le )?|['’]|u |es )\S.{0,40})?|en conclusion|pour conclure|pour finir|en r[ée]sum[ée]|para (?:concluir|terminar|finalizar)|en resumen|zum (?:schluss|abschluss)|abschlie(?:ß|ss)end|per concludere|in conclusione|danke(?:sch[öo]n)?|merci(?: à tous| beaucoup)?|gracias|obrigad[oa]|grazie|bedankt|dankjewel|спасибо|感谢|致谢|감사(?:합니다)?|der ort|veranstaltungsort|folien|(?:le )?lieu|pause[- ]café|déjeuner|(?:le |les )?repas|(?:le )?d[îi]ner|mittagessen|abendessen|soirée|remerciements|diapos|diapositives|vidéos|(?:el )?lugar|la sede|almuerzo|almo[çc]o|jantar|comida|fiesta|agradecimientos|diapositivas|vídeos|pause[- ]d[ée]jeuner|pausa(?: pranzo| caff[eè])?|(?:intervalo|pausa|pause|break)\s+(?:para|pour|für|per|for|de)\s+(?:o |a |el |la |le |il |den |das |the )?(?:almo[çc]o|caf[ée]|comida|lanche|d[ée]jeuner|mittagessen|kaffee|pranzo|caff[èe]|lunch|coffee)(?:\s+\S{1,3})?|intervalo|abertura|encerramento|apertura|clausura|inauguraci[óo]n|er[öo]ffnung|begr[üu]ßung|ouverture|accueil|boas-vindas|bienvenida|benvenut[oi]|willkommen|considerazioni finali|conclusioni|lo que me llevo|lo que aprend[ií]|o que (?:eu )?levo|o que aprendi|was ich mitnehme|ce que j['’]en retiens|ce que je retiens|cosa mi porto(?: a casa)?|wat ik meeneem|co wynosz[eę]|omiyage|kansou|matome|hajime ni|owari ni|konshinkai|przerwa(?: obiadowa| kawowa)?|obiad|podsumowanie|wst[eę]p|обед|перерыв|кофе-?брейк|итоги|вступление|заключение|вечеринка|zusammenfassung|rückblick|ausblick|résumé|bilan|introducción|conclusiones|resumen|introdução|conclusão|resumo|conclusione|riassunto)s?(?:(?:\s+(?:and|&)\s+|\s*\/\s*)(?!(?:talks?|sessions?|keynotes?|presentations?|panels?|lightning|demos?)\b)[\w'’]+)?[.!]*)$/i;

/**
 * Headings that group talks without naming a topic ("Talks", "Sessions", "Notes", "議程列表"), the part of
 * the day they were in ("AM:", "Afternoon", "上午", "午後", "오후").
 */
const PLAIN_GROUP =
  /^(?:(?:the |my |some |of |other |more |most |all |selected |favou?rite |top |best |remarkable |memorable |inspiring |interesting |notable |noteworthy |great |good |standout |stand-out |recommended |must-see |\d{1,2} )*(?:(?:talks|sessions|presentations)(?: i | that | we | worth | to |$).*|honou?rable mentions|favou?rites|picks|(?:the )?(?:best|good|bad|ugly|worst|meh|so-so|mixed|okay|others?|rest)(?: ones| talks| sessions| of the (?:bunch|rest|day|conference))?|the good,? the bad(?:,? (?:and|&) the ugly)?|recommendations|must-?watch(?:es)?|also worth (?:watching|seeing)|(?:raw |session |talk |my )?notes|talk notes|session notes|tracks?|highlights(?: from .{1,40})?|(?:a )?(?:huge |big |special )?thank(?:s| you) to (?:our |all (?:our |the )?|the )?speakers|(?:our |the )?(?:speakers|presenters)|(?:the )?line-?up|(?:episode )?show ?notes|talks i attended|sessions i attended|what i saw|talks i saw|(?:daily |conference |my )?log|morning|afternoon|evening|(?:morning|afternoon|evening) sessions|a\.?m\.?|p\.?m\.?|noon|midday|上午|中午|下午|晚上|午前|午後|午前の部|午後の部|오전|오후|conference|event|schedule|agenda|program(?:me)?|議程(?:列表|表)?|议程(?:列表|表)?|セッション(?:一覧)?|発表一覧|トーク一覧|세션(?: 목록)?|발표 목록|day zero|vorträge|charlas|ponencias|conférences|exposés|palestras|interventi|prelekcje|wykłady|wystąpienia|přednášky|prezentace|lezingen|sessies|presentaties|доклады|выступления|konuşmalar|sunumlar))$/i;

/** Sub-sections inside one talk's notes: the post never names a talk like this. */
const SUBSECTION =
  /^(?:key |main |my |the |some )?(?:takeaways?|take-aways?|points?|lessons?(?: learned| learnt)?|notes|thoughts|summary|tl;?dr|q ?& ?a|questions|highlights|slides|video|resources|links|references|background|context|problem|solution|demo|details|overview|abstract|description|speakers?|quotes?|why|how|what|impression|opinion|verdict|rating|bio|about the speaker|(?:talk |session )?title|(?:how to )?get involved|further reading|(?:favou?rite |best |memorable )?quotes?|open questions|books?(?: mentioned| recommended)?|tools mentioned|stats|by the numbers|attendees)s?:?$/i;

/** A section or paragraph about talks the author did not see. */
const MISSED =
  /[([]\s*(?:skipped|not attended|did ?n[o’']t attend)\b|\b(?:missed|did ?n[o’']t (?:see|make|attend|get to|go to)|did not (?:see|make|attend|get to|go to)|could ?n[o’']t (?:see|make|attend|get to)|could not (?:see|make|attend|get to)|wish(?:ed)? i(?:'d| had| could)|not able to (?:see|attend)|to[- ]watch list|watch later|haven[’']t seen)\b/i;

/** "12:00 – Lunch", "9.30am: Registration": the time slot says nothing about what the section is. */
const TIME_SLOT =
  /^\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—~〜～]\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*[-–—:|~〜～]?\s*/i;

/** "(Room B)", "(Main Hall)", "(Restaurant)": where a session was, after its title. */
export const PLACE_WORD = String.raw`(?:[\p{L}\d]+\s+){0,2}(?:room|hall|stage|track|auditorium|theat(?:re|er)|ballroom|salle|saal|sala|aula|restaurant|cafeteria|canteen|foyer|lobby|terrace|atrium)(?:\s+[\p{L}\d]{1,12})?`;
/** " 4/5", ": 3.5/5", " ★★☆☆☆", " 💯/💯", " (8/10)": a rating after a name or a title. */
const RATING_AFTER =
  /\s*[-–—:|,]?\s*(?:\(?\d{1,2}(?:[.,]\d)?\s*\/\s*(?:5|10|100)\)?|[★☆⭐✩]{1,5}(?:\s*\/\s*5)?|💯\s*\/\s*💯|\d{1,2}\s*(?:out of|\/)\s*(?:5|10))\s*$/u;

/**
 * The text without a rating at its end (`RATING_AFTER`). Searching every heading and title for
 * it cost ~1.5 % of parsing a big archive, the pattern being tried at each position: only text
 * that ends as a rating can (a digit, `)`, a star or 💯) is searched, and only its last
 * `RATING_SPAN` characters, which hold any rating written.
 */
export function withoutRating(text: string): string {
  const end = text.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  const rated =
    (last >= 0x30 && last <= 0x39) ||
    last === 0x29 ||
    last === 0x2605 ||
    last === 0x2606 ||
    last === 0x2729 ||
    last === 0x2b50 ||
    last === 0xdcaf; // the second half of 💯
  if (!rated) return text;
  const from = Math.max(0, end.length - RATING_SPAN);
  const rating = RATING_AFTER.exec(end.slice(from));
  if (!rating) return text;
  const before = end.slice(0, from + rating.index);
  // "Kubernetes deep dive (Part 2/5)": the part of a series, no rating (nor half its brackets).
  if (SERIES_PART.test(before) || (rating[0].includes(')') && !rating[0].includes('(')))
    return text;
  return before;
}

/**
 * "Part", "Teil", "Episode", "Vol." right before a number, perhaps after the part's own number
 * ("part two (3/5)") or a series named so ("Deep sea series (3/5)"): the part of a series.
 */
export const SERIES_PART =
  /\b(?:part|parte|partie|teil|episode|ep\.?|vol\.?|volume|chapter|kapitel|series|serie|reihe)(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4}|\d{1,2}))?[\s,:–—-]*\(?$/i;

const RATING_SPAN = 40;

const TRAILING_PLACE = new RegExp(String.raw`\s*\(\s*${PLACE_WORD}\s*\)$`, 'iu');

/**
 * "Lunch (sponsored by Tigerbeetle)", "Party (hosted by Acme)", "Dinner (at the old brewery)": who
 * paid for it or where it was says nothing about what the section is either.
 */
const TRAILING_HOST =
  /\s*\((?:sponsored|hosted|provided|offered|organi[sz]ed|paid for|courtesy of|thanks to|at|in|on the)\s[^()]{1,60}\)$/i;

function withoutPlace(text: string): string {
  return text.endsWith(')') ? text.replace(TRAILING_PLACE, '').replace(TRAILING_HOST, '') : text;
}

export function headingName(title: string): string {
  return namedHeading(title);
}

const namedHeading = remembered(readHeadingName);

function readHeadingName(title: string): string {
  // "13:00 – Lunch (Restaurant)": the place says nothing about what the section is; "🍕 Food:
  // 4/5", "Venue ★★★☆☆": the author's rating of it neither.
  return (
    withoutRating(withoutPlace(trimEndOf(title, ':')))
      .replace(/^[^\p{L}\p{N}]+/u, '')
      // "Lunch break 🍕🍕", "Thanks 💖": signs after the words neither.
      .replace(
        /(?<!\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u,
        '',
      )
      // "4. Lunch & expo", "四、午餐和展区", "（二）": a number in the post's own order says nothing
      // about what it is.
      // "1. Gün" is Turkish for "Day 1": that number is the day's (see `world-days.ts`).
      // "3.2 Lunch and poster session": a report's section number too.
      .replace(
        /^(?:\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,3}\.?)\s+(?=\p{L})(?!gün(?![\p{L}\p{N}]))/iu,
        '',
      )
      .replace(CJK_ORDINAL, '')
      .replace(TIME_SLOT, '')
  );
}

/**
 * The same sections in Japanese, Chinese and Korean posts: まとめ (summary), はじめに / おわりに
 * (introduction / closing), 感想 (impressions), 总结 (summary), 前言 (preface), 마무리 (wrap-up),
 * the side events and booths (イベント, ブース, 前夜祭, 이벤트, 展台), who the post is for (対象読者)
 * and its tips to first-timers (初めて参加する方へ)…
 */
const CJK_POST_SECTION =
  /^(?:まとめ|はじめに|おわりに|さいごに|最後に|感想|所感|参加して|会場|懇親会|運営|ランチ|概要|イベント|サイドイベント|(?:企業|スポンサー)?ブース|ドリンクアップ|アフターパーティー?|前夜祭|対象読者|(?:初めて|はじめて)参加する(?:方|人)へ|이벤트|부스|네트워킹|展台|展位|周边活动|总结|總結|总结与感想|前言|结语|結語|后记|後記|마무리|후기|소개|결론|맺음말|総評|総括|連絡先|お問い合わせ|注意事項|注意書き|免責事項|初参加|参加のきっかけ|参加した理由|写在最后|联系方式|聯絡方式|注意事项|免责声明|논의(?: ?포인트| ?사항)|(?:팀 ?)?적용 ?(?:인사이트|포인트|방안)|시사점|연락처)(?:\s|$|[：:、。!！])|^\S.{0,30}(?:とは|って何|이란|란 무엇인가|是什么)[？?]?$|^什么是.{1,30}[？?]?$/u;
/** "一、", "四, ", "第二部分：", "（三）": a Chinese or Japanese ordinal before a heading's words. */
const CJK_ORDINAL =
  /^(?:第?[一二三四五六七八九十]{1,3}(?:部分|章|节|節|部)?\s*[、.．,，:：]\s*|[(（]?[一二三四五六七八九十]{1,3}[)）]\s*)(?=\S)/u;

/**
 * Sections of the post in Chinese, Japanese, Korean and Russian, as a whole heading or joined
 * ("午餐和展区", "점심 및 부스 투어", "Обед и стенды"): lunch, breaks, the expo and booths,
 * the party, opening and closing words, references.
 */
const SECTION_WORD = [
  // Chinese (simplified and traditional)
  '午餐|午饭|午飯|午休|午宴|茶歇|休息(?:时间|時間)?|茶点|茶點|展区|展區|展台|展臺|展位|展厅|展廳|展会|展會|展商|赞助商|贊助商|晚宴|晚会|晚會|派对|派對|酒会|酒會|签到|簽到|开场|開場|开幕式?|開幕式?|闭幕式?|閉幕式?|结束语|結束語|写在最后|寫在最後|写在前面|寫在前面|最后|最後|引言|简介|簡介|致谢|致謝|参考资料|參考資料|参考链接|相关链接|相關連結|合影|会场|會場|场地|場地|周边|周邊',
  // Japanese
  '昼食|お昼|昼休み|ランチ|休憩|懇親会|展示|(?:スポンサー|企業|展示)?ブース(?:巡り|ツアー)?|ノベルティ|アフターパーティー?|会場|参考(?:リンク|資料)?|おまけ|余談|自己紹介|開会式?|閉会式?|オープニング|クロージング',
  // Korean
  '점심(?: ?식사)?|식사|휴식(?: ?시간)?|쉬는 ?시간|(?:스폰서 ?|전시 ?)?부스(?: ?투어)?|전시(?:장)?|네트워킹|애프터 ?파티|뒤풀이|경품|굿즈|마치며|마치면서|끝으로|끝맺으며|들어가며|들어가기 ?전에|시작하며|참고(?: ?자료| ?링크)?|감사(?:의 말)?|총평|소감|정리|마무리|후기|소개|결론|맺음말',
  // Dutch, Turkish, Hindi, Arabic: breaks, drinks, the next meetup, the verdict, the closing
  'pauze|lunchpauze|koffiepauze|borrel|netwerkborrel|volgende (?:meetup|editie|keer)|tot de volgende keer|bedankt|öğle arası|öğle yemeği|kahve arası|çay arası|son düşünceler|düşünceler|genel değerlendirme|değerlendirme|sonuç|kapanış|teşekkürler|दोपहर का भोजन|भोजन|लंच(?: ब्रेक)?|चाय(?: का)? (?:ब्रेक|विराम)|निष्कर्ष|समापन|धन्यवाद|استراحة(?: الغداء| القهوة)?|الغداء|الخلاصة|خلاصة|خاتمة|الخاتمة|الختام|شكر(?: وتقدير)?|شكرا',
  // Russian
  'обед|перерыв|кофе-?брейк|выставка|стенды(?: партн[её]ров)?|экспо|нетворкинг|афтепати|вечеринка|фуршет|итоги|введение|вступление|заключение|вместо заключения|ссылки|полезные ссылки|благодарности|открытие|закрытие',
].join('|');
const SECTION_JOIN = String.raw`\s*(?:和|与|與|及|以及|、|・|/|／|&|＆|및|와|과|,|，|\+)\s*|\s+и\s+`;
const WORLD_POST_SECTION = new RegExp(
  `^(?:${SECTION_WORD})(?:(?:${SECTION_JOIN})(?:${SECTION_WORD}))*[\\s!！。.…]*$`,
  'iu',
);

/** "Sessions" in Japanese, Chinese and Korean: セッション, 講演, 演讲, 발표, 세션. */
const CJK_PLAIN_GROUP =
  /^(?:(?:聞きたい|聞いた|参加した|見た|気になった|気になる)?(?:セッション|講演|トーク)|发言|演讲|演講|议题|議題|발표|세션|(?:들은|참석한|인상 깊었던) ?(?:세션|발표))(?:一覧|列表|목록)?$/u;

/**
 * A project README's own sections, in the languages notes repositories are written in: "Running
 * locally", "Installation", "Getting started", "Tech stack", "Contributing", "License",
 * "Rodando localmente", "Como contribuir", "Licença", "Instalación", "Lokal ausführen", "Lancer en
 * local", "설치 방법", "実行方法", "本地运行". A repository of notes keeps them beside the talks;
 * none is a talk. Words a topic could be ("Testing", "Deployment") are not among them.
 */
const PROJECT_SECTION = new RegExp(
  `^(?:${[
    // English
    'installation|installing|install|setup|set-?up|getting started|quick ?start|usage|how to (?:run|use|install|build|contribute|deploy)(?: (?:it|this|locally|the (?:project|app|site)))?|run(?:ning)?(?: (?:it|the (?:project|app|site)))? locally|local (?:setup|development|dev)|prerequisites|requirements|built with|tech(?:nology)? stack|project (?:structure|layout)|(?:folder|directory|file) structure|environment variables|contributing|contributions?|how to contribute|contributors|maintainers|licen[cs]e(?: and credits)?',
    // Portuguese, Spanish
    'instala[çc][ãa]o|instalaci[óo]n|como (?:rodar|executar|usar|instalar|contribuir)(?: o projeto| localmente)?|c[óo]mo (?:ejecutar|usar|instalar|contribuir)(?: el proyecto| en local)?|rodando(?: o projeto)?(?: localmente)?|executando(?: o projeto)? localmente|ejecuci[óo]n local|ejecutar (?:en local|localmente)|pr[ée]-?requisitos|requisitos previos|tecnologias utilizadas|tecnolog[íi]as utilizadas|estrutura do projeto|estructura del proyecto|contribuindo|contribui[çc][ãa]o|contribuir|contribuciones|licen[çc]a|licencia',
    // German, French
    'lokal (?:ausführen|starten|entwickeln)|voraussetzungen|projektstruktur|mitwirken|beitragen|lizenz|installation locale|lancer (?:en local|le projet)|lancement en local|pr[ée]-?requis|structure du projet|contribuer|licence',
    // Korean, Japanese, Chinese
    '설치(?: 방법)?|실행(?: 방법)?|로컬(?:에서)? 실행|사용법|기술 스택|프로젝트 구조|라이[선센]스|기여(?:하기)?|インストール|セットアップ|使い方|実行方法|ローカル(?:での|で)?(?:実行|起動|開発)|技術スタック|ディレクトリ構成|ライセンス|コントリビュート|安装|安裝|使用方法|本地运行|本地運行|快速开始|技术栈|项目结构|目录结构|许可证|許可證|开源协议|贡献|貢獻',
  ].join('|')})[\\s:：.!]*$`,
  'iu',
);

export const isPostSection = remembered(
  (name: string): boolean =>
    POST_SECTION.test(name) ||
    ofTheDay(name) ||
    PROJECT_SECTION.test(name) ||
    glossed(name) ||
    CJK_POST_SECTION.test(name) ||
    (name.length <= 40 && WORLD_POST_SECTION.test(name)) ||
    POST_LABELS.test(name) ||
    NEWSLETTER_SECTION.test(name) ||
    isEventSection(name) ||
    allPostSections(name) ||
    misspeltSection(name) ||
    isAfterword(name) ||
    isIdeaSection(name),
);

/**
 * "Bilan de la première journée", "Résumé du jour 2", "Fazit Tag 1", "Wrap-up of day two",
 * "Resumen del día 2": a section of the post, then the day it is about.
 */
function ofTheDay(name: string): boolean {
  if (name.length > 60) return false;
  const word = name.replace(OF_THE_DAY, '');
  return word !== name && word.length >= 3 && POST_SECTION.test(word);
}
const OF_THE_DAY =
  /\s+(?:(?:of|from|for|de|du|des|del|do|da|von|vom|der|della|di)\s+)?(?:(?:the|la|le|el|o|a|den|dem|il|l['’])\s*)?(?:(?:first|second|third|last|final|1st|2nd|3rd|premi[èe]re?|deuxi[èe]me|seconde?|troisi[èe]me|derni[èe]re?|primer|segundo|tercer|[úu]ltimo|ersten?|zweiten?|dritten?|letzten?|primo|secondo|terzo|ultimo|primeiro)\s+)?(?:day|journ[ée]e|jour|d[íi]a|tag(?:es)?|giorno|giornata|dia)(?:\s+(?:\d{1,2}|one|two|three|four|un|deux|trois|uno|dos|tres|eins|zwei|drei))?$/iu;

/**
 * "Kansou (impressions)", "Omiyage (swag)", "Fazit (summary)": one word of the post's language,
 * then its meaning in English in parentheses, the post's own section.
 */
function glossed(name: string): boolean {
  const gloss = /^\S{2,30}\s*\(([^()]{3,40})\)$/u.exec(name);
  return gloss?.[1] !== undefined && POST_SECTION.test(gloss[1]);
}

/**
 * A newsletter's own sections around its talks: "Links of the week", "Around the web", "What I'm
 * reading", "In this issue", "From the archive", "Community corner": articles and pages the
 * issue points to, not talks ("A deep dive into @scope by Marek Nowak" is a blog post).
 */
const NEWSLETTER_SECTION =
  /^(?:(?:more |other |quick |short |fun )?(?:links?|reads|articles|bookmarks)(?: (?:of|from) (?:the|this) (?:week|month|issue))?|(?:this (?:week|month)['’]?s?|weekly|monthly) (?:links|reads|reading|articles|bookmarks|finds)|(?:from )?around the web|elsewhere(?: on the web)?|(?:worth|good) reading|what (?:i['’]?m|i am|we['’]re|we are) reading|in this (?:issue|edition|week['’]?s issue)|from the archives?|community (?:corner|news|links)|jobs? board)[.:!]?$/i;

/**
 * "A note on the Wi-Fi", "Random thoughts", "Coffee & a walk", "P.S.", "Update (Nov 12)",
 * "Karaoke night", "Shoutouts", "Theme 2025", "Numbers", "What I'm taking home", and the author's plans for their own work ("What I'll try at
 * work", "Things to adopt"): the author's own asides. With nothing under it that names a
 * speaker or links a talk, such a heading is no talk (see `notATalk` in `shapes.ts`).
 */
const ASIDE =
  /^(?:a (?:note|word|few words|quick note) (?:on|about)\b|some (?:more )?thoughts\b|thoughts on\b|random\b|misc\b|things i\b|stuff i\b|what else\b|what i (?:would|'d|’d) change\b|what (?:i|we)(?:['’](?:ll|m going to|re going to)| will| want to| plan to| should| am going to| are going to)? (?:try|adopt|take|bring|steal|change|do differently)\b|things to (?:try|adopt|take|bring|steal|change)\b|(?:ideas|experiments) to try\b|p\.?\s?s\.?$|update\b|edit\b|addendum\b|bonus\b|aside\b|tangent\b|rant\b|shout-?outs?\b|kudos\b|props\b|sketch-?notes?\b|hallway\b|coffee\b|snacks?\b|afternoon snack|karaoke\b|boat\b|(?:sunset |evening |night |morning )?(?:boat|river|harbou?r|city|canal) (?:trip|tour|cruise)\b|(?:the |an? )?(?:walk|run|hike)\b|(?:the )?after-?party\b|evening\b|night\b|honou?rable mentions?\b|(?:a|one|the|my favou?rite) quotes?\b|also worth\b|other (?:stuff|things|talks)\b|my (?:setup|gear|travel|hotel|schedule|plan)\b|(?:the )?(?:swag|merch|goodies)\b|(?:the )?(?:vibe|vibes|atmosphere|crowd)\b|(?:the |this year['’]?s |our )?(?:theme|motto)(?:\s+(?:19|20)\d\d)?$|(?:(?:the )?(?:conference|event|edition|day|week|year) )?(?:in |by the )?numbers$|what i(?:['’]m| am) (?:taking|bringing) (?:home|away|back)\b|what i took (?:home|away|back)\b)/i;

/**
 * "DevConf — что это?", "The venue: what is it?", "Codemotion: cos'è?": a name, then the question
 * what it is. The author explains the conference (or the place), no talk is titled so.
 */
const WHAT_IS_IT =
  /\s*[—–:-]\s*(?:что это(?: такое)?|what(?: is it|['’]s that| is this)|was ist das|qu['’]est[- ]ce que c['’]est|c['’]est quoi|cos['’]è|che cos['’]è|co to jest|co to je|wat is het|o que é|qué es(?: eso)?|czym jest|що це)\s*[?？]$/iu;

export const isAside = (name: string): boolean =>
  ASIDE.test(name.trim()) || WHAT_IS_IT.test(name.trim());

/** "###### tags: `conference`" (HackMD), "Categories: …": the post's labels, no section of notes. */
const POST_LABELS = /^(?:tags?|labels?|categories|category|keywords)\s*[:：]/i;

/** "Coffee break & hallway track", "Venue, food and drinks": each part names a section of the post. */
function allPostSections(name: string): boolean {
  if (name.length > 100 || !/&|,|\b(?:and|y|et|und|e|en)\b|\+|\//.test(name)) return false;
  // "Food, drinks, etc.": the "etc." adds no section of its own.
  const parts = name
    .replace(/,?\s*(?:etc\.?|and (?:more|so on)|…|\.\.\.)$/i, '')
    .split(/\s*(?:&|,|\b(?:and|y|et|und|e|en)\b|\+|\/)\s*/)
    .filter(Boolean);
  return parts.length > 1 && parts.every((part) => POST_SECTION.test(part) || isEventSection(part));
}
export const isPlainGroup = remembered(
  (name: string): boolean =>
    PLAIN_GROUP.test(name) ||
    CJK_PLAIN_GROUP.test(name) ||
    memberPicks(name) ||
    isEventGroup(name) ||
    (name.endsWith(')') && PLAIN_GROUP.test(withoutAside(name))) ||
    isOutlineHeading(name),
);

/**
 * "Schedule (what I attended)", "Talks (in the order I saw them)": the author's aside after a
 * group's word says which of its talks, not what the group is.
 */
const withoutAside = (name: string): string => name.replace(/\s*\([^()]{1,60}\)$/, '');

/**
 * A team's page, a section per member: "Alice's picks", "Bob’s top 3", "Chen's notes", "Picks
 * from Dana". It groups that person's talks; it is no talk, nor a topic.
 */
function memberPicks(name: string): boolean {
  const own = MEMBER_OWN.exec(name) ?? MEMBER_FROM.exec(name);
  return (own?.[1] !== undefined && PICKS_WORDS.test(own[1])) || MEMBER_SAW.test(name);
}
/** "What Anna saw", "What Jonas learned": a company blog's trip report, a section per colleague. */
const MEMBER_SAW =
  /^[Ww]hat\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?\s+(?:saw|watched|attended|liked|learned|learnt|picked)$/u;
/** "Alice's picks", "Bob’s Top 3": a person's name, then what they picked. */
const MEMBER_OWN = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s?\s+(.{3,40})$/u;
/** "Picks from Dana", "Top 5 by Chen": what they picked, then the name. */
const MEMBER_FROM = /^(.{3,20}?)\s+(?:from|by)\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?$/u;
const PICKS_WORDS =
  /^(?:(?:top|favou?rite|personal)\s+)?(?:picks?|favou?rites?|highlights|notes|recommendations|list|top\s+\d{1,2}(?:\s+talks)?|must-?watch(?:es)?|takeaways|talks)$/i;
export const isSubsectionName = (name: string): boolean =>
  SUBSECTION.test(name) || AUTHOR_PART.test(name) || SLIDE.test(name) || isTalkPartName(name);

/** "Slide 2 — Why dashboards lie", "Slides 3–5", "Folie 4": notes taken slide by slide. */
const SLIDE =
  /^(?:slides?|folien?|diapo(?:sitiva)?s?|slajdy?|スライド)\s*#?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*[:.—–|-]\s*.{0,120})?$/iu;

/**
 * The author's own part of a talk's notes, as a file of one talk ends: "## My take", "## My two
 * cents", "## Personal notes", "## Would I recommend it?".
 */
const AUTHOR_PART =
  /^(?:my |the )?(?:(?:personal |honest |hot |own )?takes?|two cents|(?:personal|own|private) (?:notes|thoughts|opinion|comments|impressions)|would i (?:recommend|rewatch|watch) it(?: again)?\??|(?:worth|should you) watch(?:ing)?(?: it)?\??)(?:[:.!?]|\s*[-–—].{0,40})?$/i;
/**
 * The same in German, Dutch, French, Spanish, Portuguese, Italian and Polish ("Was ich verpasst
 * habe"); "Favoris (à voir en replay)": talks still to watch.
 */
const MISSED_OTHER =
  /(?<!\p{L})(?:verpasst\p{L}*|gemist|rat[éÉ]e?s?|manqu[éÉ]e?s?|loup[éÉ]e?s?|me perd[ií]|perd[ií]|perdemos|mi sono pers[oia]|przegapi\p{L}*|nie zdąży\p{L}*|à (?:re)?(?:voir|regarder)(?: en replay)?)(?!\p{L})/iu;
export const mentionsMissed = (text: string): boolean => {
  const head = text.slice(0, 500);
  if (!MISSED.test(head) && !MISSED_OTHER.test(head)) return false;
  // "I couldn't attend them all, but these are the ones I saw:": the turn says what follows.
  const tail = attendedAfterTurn(head);
  return tail === undefined || MISSED.test(tail) || MISSED_OTHER.test(tail);
};

/**
 * "That's it for this year!", "Thanks for reading", "Honourable mentions: …": the author signing
 * off, or turning to other talks, not notes of the talk above.
 */
const SIGN_OFF =
  /^(?:(?:huge |big |many |a big )?thanks? (?:you )?(?:to|for) (?:the|all the|our|all our) (?:organi[sz]ers|volunteers|speakers|team|crew)|(?:♻️\s*)?repost\b|follow me for more|member-only story|like and (?:share|subscribe)|that'?s (?:it|all)|that'?s a wrap|thanks? (?:you )?for reading|see you (?:next|in|at)|until next (?:year|time)|happy (?:hacking|coding)|cheers[!.]|follow me|honou?rable mentions?|runners?[- ]up|also worth (?:watching|a (?:look|watch))|other talks i (?:liked|enjoyed|saw)|let me know (?:in the comments|what you think|if)|leave a comment|what (?:were|was|are|is) your (?:favou?rite|take)|(?:if you )?(?:enjoyed|liked) (?:this|the) (?:post|article|write-?up)|if you found (?:this|it) (?:useful|helpful|interesting)|give (?:it|this(?: post)?) a clap|hope (?:this|you) (?:helps|was useful|found|enjoyed)|feel free to (?:reach out|comment|ping)|subscribe (?:to|for)|(?:overall|all in all),? (?:a |an )?(?:great|good|fun|solid|excellent) (?:day|conference|event|week|edition))\b/i;

/**
 * "That's a wrap!", or a short closing paragraph ending so: "Pizza was cold. See you next year!"
 * ("Cron and a plan. That's it. That's the talk." is a note: only the last sentence counts).
 */
export const isSignOff = (text: string): boolean => {
  if (text.length >= 200) return false;
  const plain = text.replace(THREAD_NUMBER, '');
  if (SIGN_OFF.test(plain)) return true;
  const last = plain.split(/(?<=[.!?])\s+(?=\S)/).at(-1) ?? '';
  return last !== plain && SIGN_OFF.test(last);
};

/** "5/ ", "5. ": a thread's or a list's number before the words. */
export const THREAD_NUMBER = /^\s*\d{1,3}[/.)]\s+/;

/** "(Notes to come — I was too tired.)", "TODO", "WIP": a note saying there are no notes yet. */
const PLACEHOLDER =
  /^(?:[([*_\s]|\p{Extended_Pictographic}|\u{FE0F})*(?:(?:my |more |full |the )?(?:notes?|details|write-?up|summary|recap|recording|video|slides|deck)\s+(?:to come|coming(?: soon| later)?|tbd|tba|pending|soon|later|to follow|will follow)|no (?:notes?|details|write-?up|summary)(?: (?:recorded|taken|written|yet|available))?|(?:i )?(?:didn['’]t|did not) take (?:any )?notes|tbd|tba|todo|wip|work in progress|coming soon|to be (?:written|added|continued|done)|more (?:to come|soon|later))(?:$|\s*[-–—:.,;!?()[\]*_][^\n]{0,80}$)/iu;

export const isPlaceholder = (text: string): boolean => text.length < 120 && PLACEHOLDER.test(text);
