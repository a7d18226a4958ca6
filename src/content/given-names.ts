/**
 * Given names common among conference speakers, across the languages the notes are written in:
 * what tells "Cilium mesh — Liz Rice" (a talk and its speaker) from "Chaos engineering — Breaking
 * Things Safely" (a title and its subtitle) where a post has one such heading, and no others to
 * vote on how it writes its speakers. Names that are also words of titles (Will, Max) are left
 * out; a name not here is still read where the post's other headings say how it names people.
 */
const NAMES = new Set(
  (
    'aaron abby abdul abhishek abigail adam adel adeola aditya adrian adriana adrien agnieszka ahmad ' +
    'ahmed aidan aiko aisha akira alan alba albert alberto alejandro aleksandra alessandra alessandro ' +
    'alex alexander alexandra alexandre alexei alexey alfonso alfred ali alice alicia alina alison ' +
    'allan allison alma amanda amar amelia amina amir amit amy ana anders andrea andreas andrei ' +
    'andres andrew andrey andrzej andy aneta angela angelika angelo anil anita anja anke ann anna ' +
    'anne annette annika antoine anton antonio anya arjun arnaud arne aron arthur arun asha ashley ' +
    'astrid attila audrey axel ayesha barbara barry bart bas basia beatrice beatriz ben benedikt ' +
    'benjamin bernard bernd bert beth bettina bianca bjorn björn blake bob bogdan boris brad bram ' +
    'brandon brenda brendan brian bridget britt brittany bruno bryan caitlin camila camille carl ' +
    'carla carlos carmen carol carolina caroline carsten casey catalina catherine cecilia cedric ' +
    'celine chandra chantal charles charlie charlotte chen cheng chloe chris christian christina ' +
    'christine christoph christophe christopher claire clara claudia claudio colin connor conor craig ' +
    'cristian cristina cédric céline dagmar daisy dale damian damien dan dana daniel daniela daniele ' +
    'danielle danny dario darius darren dave david dawid debbie deborah deepak dennis derek diana ' +
    'diane diego dieter dimitri dimitris dirk divya dmitry dominic dominik donna doug douglas dylan ' +
    'ed eddie edgar edith eduardo edward elena eleni eli elias elif elin elisa elisabeth eliza ' +
    'elizabeth ella ellen elsa emil emilia emilie emily emma emmanuel emre enrico enrique eric erica ' +
    'erik erika erin ernesto esther ethan eva evan eve evelyn fabian fabio fabrice farah fatima ' +
    'federico felipe felix fernando filip filipe finn fiona florian francesca francesco francis ' +
    'francisco frank franz fred frederic frederik frida frédéric gabriel gabriela gabriele gabrielle gareth gary gaurav ' +
    'gavin geert georg george georgia gerald gerard gerhard gianluca gil gina giorgio giovanni girish ' +
    'giulia giuseppe glen glenn gonzalo gordon graham greg gregor gregory greta guido guilherme ' +
    'guillaume gunnar gustavo hale hamid hana hanna hannah hans harald hari harold harry harsh hassan ' +
    'hector heidi heike helen helena helga henning henri henrik henry herbert hilary hiroshi holger ' +
    'holly hugh hussein ian ida igor ilse ilya imran ines inga ingrid inés irene irina isaac isabel ' +
    'isabella isabelle ismail ivan ivana ivo jacek jacob jacqueline jakob jakub james jamie jan jana ' +
    'jane janet janina janine jared jarek jason javier jay jean jeff jeffrey jennifer jenny jens ' +
    'jeremy jerome jerry jesper jessica jesus jill jim jimmy jo joan joanna joao joe joel johan ' +
    'johanna johannes john jon jonas jonathan jordan jorge jose josef joseph josh joshua josé joão ' +
    'juan judith julian juliana julie julien julius jun jurgen justin jürgen kai kamil karen kari ' +
    'karim karin karl karolina kasia kasper kat katarina katarzyna kate katharina katherine kathleen ' +
    'kathrin kathy katie katja katrin kay keith kelly ken kenji kenneth kevin khalid kim kirsten ' +
    'klaus konrad kostas krishna kristian kristina krzysztof kumar kurt kyle lars laura lauren ' +
    'laurent lea leah lee leila lena leo leon leonardo leonie lina linda lisa liv liz lorenzo lotte ' +
    'louis louise luc luca lucas lucia lucy ludovic ludwig luis luisa lukas lukasz luís lydia maciej ' +
    'madeleine magda magdalena maggie magnus mahmoud maja malik manuel manuela marc marcel marcelo ' +
    'marcin marco marcos marcus marek margaret margarita maria mariana marie marija marina mario ' +
    'marion marius mark marko markus marta martha martin martina marty mary mateus mateusz mathias ' +
    'matt matteo matthew matthias mattias maurice maxim maxime maya megan mehmet mei melanie melissa ' +
    'mia michael michaela michal michał michel michele michelle miguel mike mikhail mikko milan mina ' +
    'mira miriam mo mohamed mohammad mohammed monica monika morgan moritz muhammad murat nadia nadine ' +
    'naomi natalia natalie natasha nathan neal neha neil nick nicola nicolas nicole niels nikhil niklas ' +
    'nikola nikolai nikolaos nils nina nora norbert olaf olga oliver olivia omar oscar oskar otto ' +
    'pablo paola paolo pascal patricia patrick paul paula paulo pavel pawel paweł pedro peter petr ' +
    'petra phil philip philipp philippe pierre piotr pooja prakash pranav priya priyanka radek rafael ' +
    'rafał rahul raj rajesh ralf ralph ramon ramón rana randy raphael raquel rashid ravi rebecca ' +
    'reinhard renata rene rené ricardo riccardo richard rick rob robert roberta roberto robin rodrigo ' +
    'roger rohan roland roman ron ronald ronja rosa ross ruben rudolf rui rune ruth ryan sabine ' +
    'sabrina sacha sahil sally sam samantha samir samuel sandeep sandra sanjay sara sarah sasha ' +
    'saskia satoshi scott sean sebastian sebastien selin serena sergei sergey sergio seth shane ' +
    'shannon sharon shawn sheila shira shreya sibylle silvia simon simone siobhan sofia sofie sonia ' +
    'sonja sophie soren stan stefan stefanie stefano steffen stella stephan stephanie stephen steve ' +
    'steven stuart sudhir sunil susan susanne suzanne sven sylvia sébastien søren takashi tamara ' +
    'tanja tanya tara tatiana ted teresa thiago thijs thomas thorsten tiago tim timo timothy tina ' +
    'tobias todd tom tomas tomasz tommy tomás tony torsten tracy travis tyler ulrich ulrike uma uwe ' +
    'valentin valentina valeria vanessa varun vera veronica veronika victor victoria vijay vikram ' +
    'viktor vincent vinod virginia vivek vladimir walter wei wendy werner wesley william wim wojciech ' +
    'wolfgang xavier xin yan yang yannick yasmin yi yoshi yuki yuri yusuf yves zach zachary zainab ' +
    'zara zhang zoe zofia zoltan łukasz ' +
    // More English given names common among speakers; not those that are words of titles too
    // (Grace, Hunter, Ray, Rose, Julia, Hugo, Jack, Miles, Amber).
    'alexis anthony betty beverly billy bobby bradley bruce caleb carolyn cheryl cody cynthia debra ' +
    'denise donald doris dorothy elijah eugene gloria heather janice jen jess jesse judy kathryn ' +
    'kayla kimberly larry lawrence liam lori luke marilyn meg molly nancy nicholas noah owen pamela ' +
    'pete rachel raul raymond roy russell shirley sophia terry theresa troy wayne willie yvonne zack ' +
    // French given names frequent among speakers at French conferences.
    'amélie aurélie aurélien benoît capucine clément delphine élise emmanuelle estelle gaëlle ' +
    'hélène jérôme laetitia lise mathilde mathieu matthieu nathalie océane sandrine sylvain ' +
    // Polish given names frequent among speakers at Polish conferences.
    'agata aleksander artur bartłomiej bartosz beata dominika dorota elżbieta grzegorz iwona ' +
    'jarosław justyna kacper kamila karol leszek małgorzata mikołaj patrycja paulina przemysław ' +
    'radosław ryszard sławomir stanisław sylwia szymon tadeusz weronika witold zbigniew ' +
    // Nordic, Dutch, German and Central European given names.
    'åsa birgit eirik femke gábor hanne ingvild jeroen jiří jörg joost kerstin kjetil linnea ' +
    'maarten marit ondřej péter ruud sander sanne sigrid silje tomáš torstein tuva ute wouter ' +
    'zsófia bence katerina giorgos nikos yannis dragan goran milica ' +
    // African given names.
    'abebe adaeze ama amara chidi chinedu chioma emeka folake kwame kofi ngozi nkechi oluwaseun ' +
    'segun thabo tunde wanjiru yaw yohannes zanele zodwa ' +
    // Arabic, Persian, Turkish and Hebrew given names.
    'ayşe burak cem farid hadi kerem layla leyla mehdi nasrin nour ozan parisa reza tariq yael ' +
    'yousef zeynep itai noa ' +
    // South and East Asian given names, as they are written in Latin letters.
    'aarav ananya anjali kavya lakshmi meera ramesh rohit sneha suresh swati vikas haruka hiroko ' +
    'kenta takumi yuto jihoon minjun seoyeon hyun jiwoo xiaoming ming hao linh minh thanh huong ' +
    'budi dewi siti ' +
    // Spanish and Portuguese given names of Latin America.
    'agustín camilo florencia joaquín luciana mateo ximena '
  )
    .trim()
    .split(' '),
);

/** Whether `word` is a given name (capitalised as one): `Liz`, `Søren`, not `liz` or `Breaking`. */
export function isGivenName(word: string): boolean {
  if (INITIALS_NAME.test(word)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  // "Anna-Lena", "Jean-Pierre", "Marie-Claire": given names joined, each one.
  const parts = word.split('-');
  return parts.length <= 2 && parts.every((part) => known(part.toLowerCase()));
}

/** "Lucía", "Andrés", "Zoé": a name of the list written with its accents. */
function known(name: string): boolean {
  return NAMES.has(name) || (/[^a-z]/.test(name) && NAMES.has(unaccented(name)));
}

function unaccented(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * "CJ", "TJ", "DJ", "JP": two initials said as a given name ("CJ Silverio", "TJ Holowaychuk").
 * Acronyms of two capitals ("AI", "UX", "CI", "JS", "ML") are none of these.
 */
export const INITIALS_NAME = /^(?:[ABCDEKMPRT]J|J[BCDMPT])$/;
