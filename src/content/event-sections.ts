/**
 * Sections of a recap about the event itself, not a talk: the venue, the organisation, the
 * breaks, the speakers as people met, the author's verdicts ("Pleasant surprises",
 * "Disappointments", "Common themes"), in English, Portuguese, Spanish, the Scandinavian
 * languages, Korean, Japanese and Chinese. Each test is anchored and linear.
 */

/** Headings of the post's own sections, skipped with everything under them. */
const EVENT_SECTION = new RegExp(
  `^(?:${[
    // English essay sections: the author's verdicts and the themes they saw.
    String.raw`(?:the |some |a few )?(?:other |more )?(?:common|recurring|main|key|overall|general|big|major|emerging) (?:themes?|trends?)(?: (?:of|at|from|across) (?:the|this) (?:conference|event|year|talks))?|(?:the )?(?:themes?|trends?) (?:of|at|from|across) (?:the|this) (?:conference|event|year|talks)|trends|tendances|tendencias|tend[êe]ncias|tendenze`,
    String.raw`(?:(?:some|a few|the|other) )?(?:pleasant |nice |happy |big |unexpected )?surprises?`,
    String.raw`(?:(?:some|a few|the|minor|major|my) )?(?:disappointments?|let-?downs?|(?:the )?low ?lights?|complaints|gripes|nitpicks|criticisms?)`,
    String.raw`(?:the )?good,? (?:(?:and|&) )?(?:the )?bad(?:,? (?:(?:and|&) )?(?:the )?ugly)?`,
    String.raw`(?:(?:my|our|the|overall|general|first|final|personal) )+(?:impressions?|experience|feelings|verdict|opinion)`,
    String.raw`(?:the |my |our )?(?:conference|event|attendee) experience`,
    String.raw`what (?:i|we) (?:learned|learnt|liked|loved|enjoyed|disliked|did ?n['’]?t like|would change|will remember)(?: (?:at|from|about) (?:the )?(?:conference|event))?`,
    String.raw`(?:the )?(?:most )?(?:popular|hot|hottest|trending|recurring) (?:topics?|subjects|buzzwords?)(?: (?:and|&) (?:tools|technologies|libraries))?`,
    String.raw`(?:new |other )?(?:(?:open[- ]source |python |js )?(?:tools|libraries|projects|technologies)|knowledge|ideas)(?: (?:or|and|&) (?:tools|ideas|knowledge|libraries))?(?: (?:i|we) (?:want|plan|would like|need) to (?:try|learn|explore|look at|check out)| useful for (?:my|our) (?:current |day-to-day |daily )?(?:work|job|team|projects?))`,
    String.raw`fun stuff|(?:the )?(?:crazy|weird) (?:stuff|bits)`,
    // Who the author talked to between the talks: a heading per person, no talk.
    String.raw`(?:hallway |side |my )?(?:discussions|conversations|chats)(?: (?:with|in) (?:the )?(?:speakers|people|attendees|hallway))?|people i (?:met|talked to|spoke with)|who i (?:met|talked to)`,
    // Portuguese: venue, space, breaks, organisation, the structure of the event.
    String.raw`(?:o )?local(?: do evento)?|(?:o )?espa[çc]o(?: (?:e|&) .{1,30})?|(?:a )?estrutura(?: do evento)?|(?:a )?organiza[çc][ãa]o(?: do evento)?|(?:o )?caf[ée]|coffee[- ]break|(?:os )?intervalos?|(?:o )?evento(?: em geral)?|sobre o evento(?: em geral)?|(?:as )?impress[õo]es(?: gerais| finais)?|(?:a )?experi[êe]ncia|pontos? (?:positivos?|negativos?|altos?|baixos?)|(?:os )?patrocinadores|(?:os )?brindes|(?:o )?happy hour|vale a pena\??`,
    // Spanish: the same.
    String.raw`(?:el )?(?:sitio|recinto)|(?:la )?organizaci[óo]n|(?:la )?experiencia|(?:las )?impresiones(?: generales| finales)?|(?:los )?patrocinadores|(?:el )?ambiente|sobre el evento(?: en general)?|(?:el )?evento(?: en general)?|lo bueno y lo malo`,
    // French, German, Italian: the same few words.
    String.raw`(?:l['’])?organisation|(?:l['’])?ambiance|(?:les )?impressions(?: générales)?|(?:die )?organisation|(?:die )?location|(?:der )?eindruck|(?:die )?eindrücke|(?:l['’])?organizzazione|(?:la )?location`,
    // Norwegian, Swedish, Danish: the venue, the organisation, the food, the verdict.
    String.raw`lokalet?|lokalene|lokalen|stedet|platsen|organiseringen?|organisasjonen|arrangementet|maten|mat(?: (?:og|och) drikke?)?|kaffe|oppsummering|sammanfattning|opsummering|konklusjon|slutsats|avslutning(?:svis)?|inntrykk|intryck|totalinntrykk|helhetsintryck|ps:? .{1,60}|p\.s\.:? .{1,60}`,
    // Korean, Japanese, Chinese: venue, organisation, the overall verdict, the introduction.
    String.raw`행사 ?(?:소개|개요|장소|후기|총평)|(?:찾아가|오시)는 ?길|이벤트 ?존|기업 ?부스|오프닝|클로징|컨퍼런스 ?(?:소개|개요|후기|총평)|장소|현장 ?(?:분위기|스케치)|분위기|느낀 ?점|배운 ?점|아쉬운 ?점|좋았던 ?점|전체 ?(?:후기|소감)|참가 ?(?:후기|소감|계기|동기)|追記(?:\s*[(（][^()（）]{1,20}[)）])?|総括|会場の?(?:様子|雰囲気)|全体(?:の|的な)?(?:感想|所感)|イベント(?:概要|について)|カンファレンス(?:概要|について)|参加(?:の)?(?:きっかけ|動機|目的|した理由)|会议(?:简介|概况|介绍)|大会(?:简介|概况|介绍)|会场|會場|现场|現場|(?:整体|总体|個人)?(?:感受|感想|收获|收穫|体会)|活动(?:简介|介绍)`,
  ].join('|')})[.!?:]*$`,
  'iu',
);

/**
 * Headings over the talks in words other than English, with their article ("As palestras", "Los
 * ponentes"), and over what the author saw ("Que eu assisti", "Hva ble det pratet om?"): they group
 * talks and name no topic, and hold none when only prose is under them.
 */
const EVENT_GROUP =
  /^(?:(?:as |os |las |los |les |die |de |le |la |i |gli |le |sobre as |sobre os |sobre las |sobre los )?(?:palestras|palestrantes|charlas|ponencias|ponentes|conferenciantes|oradores|intervenants|orateurs|sprecher(?:innen)?|referent(?:inn)?en|relatori|sprekers|foredragene|foredrag|foredragsholderne|föredragen|föreläsningarna|talarna|talerne)|(?:o )?que (?:eu )?(?:assisti|vi|apresentei)|lo que vi|ce que j['’]ai vu|was ich gesehen habe|hva (?:ble det|ble|har vi) (?:pratet|snakket) om|vad (?:pratades|talades) det om|what (?:was|got) (?:talked|discussed|presented) about|what (?:were|was) the talks (?:about|like))[.!?:]*$/iu;

export const isEventSection = (name: string): boolean =>
  name.length <= 100 && EVENT_SECTION.test(name);
export const isEventGroup = (name: string): boolean => name.length <= 80 && EVENT_GROUP.test(name);
