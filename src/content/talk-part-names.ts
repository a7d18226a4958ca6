/**
 * The parts of one talk's notes in Korean, Japanese, Chinese and the European languages, as a
 * file of one talk heads them: "## 시간" (time), "## 세션 개요" (session overview), "## 핵심 요약"
 * (key points), "## 概要", "## 感想", "## 内容", "## Resumo", "## Puntos clave". The post never
 * names a talk like this.
 */
const TALK_PART = new RegExp(
  `^(?:${[
    // Korean
    String.raw`(?:발표 ?|세션 ?|강연 ?)?(?:시간|일시|개요|소개|요약|내용|정리|자료|영상|슬라이드)|핵심 ?(?:요약|내용|정리|포인트)|주요 ?(?:내용|포인트)|인사이트|(?:우리 ?팀 ?)?적용 ?(?:포인트|점|방안)|(?:추가 ?)?참고 ?(?:자료|링크)|질의 ?응답|질문 ?(?:과 ?|및 ?)?답변|Q ?& ?A|메모|느낀 ?점|배운 ?점|(?:발표자|연사|강연자) ?소개`,
    // Japanese
    String.raw`(?:セッション|講演|発表)?(?:概要|内容|資料|動画|スライド)|日時|時間|要点|ポイント|メモ|感想|所感|質疑応答|学び|参考(?:資料|リンク)?|(?:登壇者|講師|発表者|スピーカー)(?:紹介|プロフィール)`,
    // Chinese
    String.raw`(?:演讲|分享|议题|議題)?(?:简介|簡介|摘要|内容|內容|要点|要點|资料|資料|视频|視頻|幻灯片)|时间|時間|核心(?:观点|觀點|内容)|问答|問答|心得|笔记|筆記|(?:讲师|講師|嘉宾|嘉賓|讲者|講者)(?:介绍|介紹)`,
    // Portuguese, Spanish, French, German, Italian
    String.raw`resumo|anota[çc][õo]es|pontos? (?:principais|chave)|resumen|apuntes|puntos? clave|notas|r[ée]sum[ée] de la (?:session|conf[ée]rence|pr[ée]sentation)|points? cl[ée]s|kernaussagen|notizen|(?:die )?kernpunkte|appunti|punti chiave`,
    // "About the speaker": a talk's part that is its speaker's bio
    "sobre (?:o|a) palestrante|sobre (?:el|la) (?:ponente|orador|oradora)|[àa] propos (?:de l['’]orat(?:eur|rice)|de l['’]intervenant(?:e)?|du speaker)|über (?:den|die) (?:referent(?:in)?|sprecher(?:in)?)|sul relatore|sull['’]autore|о спикере|о докладчике|об авторе",
  ].join('|')})[:：]?$`,
  'iu',
);

export const isTalkPartName = (name: string): boolean => name.length <= 30 && TALK_PART.test(name);
