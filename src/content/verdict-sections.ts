/**
 * "Puntos fuertes" / "Puntos débiles", "The good" / "The bad", "Pros and cons", "What went
 * well": the author's verdict on the event (its organisation, venue, schedule), a part of the
 * post in any language, never a talk. "Meta-analysis" over a post's meetups is the same: the
 * author's look back over all of them.
 */
const VERDICT_SECTION =
  /^(?:(?:my |the |some |a few |main |biggest |overall )?(?:pros|cons|pros (?:and|&|\/) cons|upsides?|downsides?|positives?|negatives?|highs?|lows?|highs (?:and|&) lows|strengths|weaknesses|strong points|weak points|good points|bad points|plus points|minus points|room for improvement|improvements?|criticism|critique|complaints?|nitpicks?)|the (?:good|bad|ugly|not so good|less good)(?:,? (?:the )?(?:bad|ugly|not so good))*(?:,? and the (?:bad|ugly|not so good))?|what (?:went|worked) (?:well|great|badly)|what (?:didn['’]?t|did not) work(?: so well)?|what could (?:have been|be) (?:better|improved)|puntos? (?:fuertes?|d[ée]biles?|positivos?|negativos?|a mejorar|de mejora)|lo (?:bueno|malo|mejor|peor)|lo mejor y lo peor|points? (?:forts?|faibles?|positifs?|n[ée]gatifs?|[àa] am[ée]liorer)|pontos? (?:fortes?|fracos?|positivos?|negativos?|a melhorar)|punti (?:di forza|deboli|positivi|negativi)|pro e contro|pr[oó]s e contras|pros y contras|st[äa]rken|schw[äa]chen|st[äa]rken und schw[äa]chen|was (?:gut|schlecht) war|sterke punten|zwakke punten|verbeterpunten|plusy|minusy|plusy i minusy|(?:meta|final|overall)[- ]analysis)[.:!]*$/iu;

export function isVerdictSection(name: string): boolean {
  return name.length <= 60 && VERDICT_SECTION.test(name.trim());
}
