/**
 * Who ran a workshop, as a label: "Leitung: Lea Hoffmann (AtomicJar)", "Trainer:", "Instructor:",
 * "Formatrice :", "Docente:", "Begeleiding:". Read as `Speaker:` is, with a colon after it only.
 */
export const WORKSHOP_LEAD_LABELS =
  /^((?:workshop-?)?leitung|trainer(?:in|s)?|instructors?|instructor(?:a|es)|tutors?|coach(?:es)?|format(?:eur|rice)s?|animat(?:eur|rice)s?|docente|docenti|istrutt(?:ore|rice)|facilitador(?:a|es)?|begeleid(?:er|ing)|prowadzenie)\s*[:：]\s*(?=\S)(.+)$/iu;

/**
 * Speaker labels of Russian, Ukrainian and Chinese notes that `speaker-line.ts` does not list:
 * `Докладчик: Алексей Смирнов, «Авито»`, `Докладчики: Мария Иванова и Игорь Кузнецов`,
 * `Спикер:`, `Доповідач:`, `分享嘉宾：张伟（阿里云）`, `演讲嘉宾：`, `演讲人：余中强`, `主讲人：`. Read as `Speaker:` is,
 * with a colon after them only ("Спикер был хороший" is a sentence).
 */
export const MORE_SPEAKER_LABELS =
  /^(докладчи(?:к|ца|ки|цы)|спикер(?:ы|ка)?|выступающ(?:ий|ая|ие)|доповідач(?:і|ка)?|ведущ(?:ий|ая|ие)|модератор(?:ы)?|участники(?: дискуссии)?|分享嘉宾|演讲嘉宾|特邀嘉宾|演讲人|演講人|讲演人|报告人|分享人|主讲人|主讲嘉宾|主讲|講師|강연자)\s*[:：]\s*(?=\S)(.+)$/iu;
