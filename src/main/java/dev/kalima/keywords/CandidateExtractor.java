package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Finds the candidate keyphrases of a text, the same for every method:
 *
 * <ul>
 *   <li>a candidate is a run of 1 to {@code maxNgram} consecutive words inside one sentence that
 *       crosses no phrase break (punctuation; see {@link Word#breakBefore()});
 *   <li>its first and last words must be content words: not a stopword, not a number, and at
 *       least two characters long (a lone letter is almost always a tokenization remnant such as
 *       the "s" of "U.S" or an initial); inner words may be anything ("Ministry of Defence",
 *       "Windows 10 update");
 *   <li>with a language, a weekday or month name or a day next to today ({@link CalendarWords})
 *       does not open or close it either, nor stand inside it outside a name: it is a time
 *       adverbial or part of a date, like a number ("tour Friday", "rebels today"); nor does a
 *       unit of the calendar (year, month, week, day: "last year", "two days") open or close it
 *       unless it is a proper noun ({@link #properNouns}: "Independence Day");
 *   <li>in Russian (no tagger), a verb form known by its ending ({@link #russianVerb}: the
 *       reflexive открылась, находится; the present продолжают, считает; {@link
 *       #russianPastMasculine}: заявил in lower case) is no part of a candidate: a verb is never
 *       in a noun phrase;
 *   <li>in Russian (no tagger), a phrase of several words holds no stopword: Russian builds its
 *       noun phrases with case endings, not prepositions ("ремонт библиотеки", "library repair"),
 *       so "Заречном после трёхлетнего" or "X и Y" are two phrases, as "X of Y" is for the
 *       tagged languages ({@link #nounPhrase} lets no adposition inside); and it does not close
 *       on a word in lower case with the ending of a full adjective or participle ({@link
 *       #russianAdjective}: трёхлетнего, городскую, читальный): Russian adjectives precede
 *       their noun, so such a word ends a phrase cut before its noun. Alone, it is a candidate
 *       only where no content word follows it in its phrase: there it is used as a noun
 *       ("пострадавших."), while "городскому бюджету" has no term "городскому". A capitalized
 *       one is a name (Заречный);
 *   <li>in Portuguese (no tagger), a verb known by its ending ({@link #portugueseVerb}: voltou,
 *       conseguiu, ameaçam, poderá) is no part of a candidate, nor is a Russian past of a
 *       suffixed verb ({@link #russianSuffixedPast}: рассказала);
 *   <li>in Arabic (no tagger), a verb known by its shape ({@link #arabicVerb}: the perfect رفضت،
 *       وقالت, the plural قالوا, the verbs of saying قال، أكد, an imperfect with its object
 *       يحتاجها) is no part of a candidate either: "وقالت الحكومة" is a verb and its subject,
 *       "الحكومة" the term; a phrase does not run from a definite word to an indefinite one
 *       ({@link ArabicClitics#predicateAfterDefinite}: a subject and its predicate), and a nisba
 *       adjective right after its definite noun is no candidate alone ({@link
 *       ArabicClitics#attributiveNisba});
 *   <li>in Arabic, the stopwords inside a phrase of several words are prepositions or a name's
 *       linking word ({@link #arabicPhraseInner}): "الاستقرار في ليبيا" is a candidate, "الوزير
 *       أن الوضع" (a particle starting a clause) is not;
 *   <li>an Arabic name's linking word ({@link ArabicNames#nameLink}: بن "son of", أبو "father
 *       of", عبد "servant of") does not close it: "كلاب بن" has lost the name it links to, and
 *       بن alone is no keyword; it still opens one ("بن لادن") and stands inside one ("محمد بن
 *       سلمان");
 *   <li>it neither opens nor closes inside a hyphenated compound ({@link #hyphenated}): the
 *       compound is one word, so "real-time systems" has no candidate "time systems";
 *   <li>when the words carry part-of-speech tags (languages with a tagger model), it must also
 *       be a noun phrase ({@link #nounPhrase}); where adjectives follow their noun it does not
 *       open on an adjective right after a noun ({@link #adjectiveOfThePreviousNoun}), and the
 *       noun of a French compound preposition is no part of it ({@link
 *       #frenchPrepositionNoun}: "grâce à");
 *   <li>it does not run from a common noun in lower case into a full name ({@link
 *       #appositionBeforeName}: "secretary Jay Carney" gives "Jay Carney");
 *   <li>occurrences are grouped by the normalized key of the words joined by one space, an Arabic
 *       word with attached proclitics counting as its bare form when that form occurs in the text
 *       too ({@link ArabicClitics}: وشويغو and شويغو are one term); the shown form is the most
 *       frequent surface form (ties: first seen).
 * </ul>
 *
 * Candidates come out in order of first occurrence.
 */
final class CandidateExtractor {

  private final int maxNgram;
  private final SpelledNumbers spelled;
  private final CalendarWords calendar;
  private final boolean postNominal;
  private final boolean russian;
  private final boolean french;
  private final boolean portuguese;
  private final boolean arabic;

  /**
   * Languages whose adjectives follow the noun by default (the Romance languages), so a tagged
   * noun phrase may end on one ("politique étrangère"). English and German adjectives precede it.
   */
  private static final Set<String> POST_NOMINAL_ADJECTIVES =
      Set.of("fr", "es", "pt", "it", "ca", "ro", "gl", "oc");

  CandidateExtractor(int maxNgram) {
    this(maxNgram, null);
  }

  /**
   * @param language the text's language, whose spelled-out numerals ({@link SpelledNumbers}) never
   *     open or close an untagged candidate, and whose weekday and month names ({@link
   *     CalendarWords}) never open or close any candidate; {@code null} for none
   */
  CandidateExtractor(int maxNgram, String language) {
    this(maxNgram, language, null);
  }

  /**
   * @param stem the light stemmer of the words' stems, with which a declined weekday or month name
   *     is found ({@link CalendarWords#DECLINING}); {@code null} to match the names' keys only
   */
  CandidateExtractor(int maxNgram, String language, UnaryOperator<String> stem) {
    this(maxNgram, language, null, stem);
  }

  /**
   * @param key the text's key normalization, given to the calendar's words ({@link
   *     CalendarWords}) so that they match the keys of the text; {@code null} to case-fold them
   */
  CandidateExtractor(
      int maxNgram, String language, UnaryOperator<String> key, UnaryOperator<String> stem) {
    if (maxNgram < 1) {
      throw new IllegalArgumentException("maxNgram must be >= 1: " + maxNgram);
    }
    this.maxNgram = maxNgram;
    this.spelled = language == null ? null : new SpelledNumbers(language);
    this.calendar = language == null ? null : new CalendarWords(language, key, stem);
    this.postNominal = language == null || POST_NOMINAL_ADJECTIVES.contains(language);
    this.russian = "ru".equals(language);
    this.french = "fr".equals(language);
    this.portuguese = "pt".equals(language);
    this.arabic = "ar".equals(language);
  }

  /**
   * True for a Russian word with the reflexive ending of a verb: -ся (находится, открыться,
   * являющийся), or -сь after the past tense's -ла, -ло, -ли (открылась, удалось, оказались).
   * The ending is inflectional and belongs to verbs and their participles; the nouns that end in
   * -сь (ось, Русь, смесь) end otherwise. (On the ru_gsd dev treebank, 204 of the 206 words with
   * these endings are tagged VERB.)
   */
  static boolean russianReflexiveVerb(String key) {
    int n = key.length();
    return n >= 4
        && (key.endsWith("ся")
            || (n >= 5 && (key.endsWith("лась") || key.endsWith("лось") || key.endsWith("лись"))));
  }

  /**
   * Endings only verbs have: the third-person present of first-conjugation verbs after the stem
   * vowel; the infinitive in -ить (the infinitives in -ать, -ять and -еть are left out for
   * печать, память, десять and сеть); the past tense after я and ы (the past in -ала, -ила, -али, -или, -ели,
   * -ыли is left out: канала, правила, медали, автомобили, модели, прибыли are nouns).
   */
  private static final String[] VERB_ENDINGS = {
    "ает", "яет", "еет", "ует", "ают", "яют", "еют", "уют", "ить", "яла", "яли", "ыла"
  };

  /**
   * True for a Russian verb form known by its ending: a reflexive form ({@link
   * #russianReflexiveVerb}), or, in a word of five letters or more (not the noun уют), the
   * third-person present of a first-conjugation verb with its stem vowel, -ает -яет -еет -ует,
   * -ают -яют -еют -уют (продолжают, затрудняют, считает, участвуют), the infinitive in -ить
   * (направить, решить), or the past in -яла -яли -ыла (заявляла, стояли, забыла):
   * Русская грамматика 1980, §1510 ff. No common noun or adjective ends so. (On the ru_gsd dev
   * treebank, all 112 words with the present endings and all 23 with the others are tagged
   * VERB.)
   */
  static boolean russianVerb(String key) {
    if (russianReflexiveVerb(key)) {
      return true;
    }
    return key.length() >= 5 && Endings.any(key, VERB_ENDINGS);
  }

  /**
   * True for a Russian word written in lower case that ends in a consonant and -ил, five letters
   * or more: the masculine past of a verb in -ить (заявил, сообщил, отметил). The nouns so
   * written end in -иль (автомобиль, профиль); the words without the soft sign are names
   * (Халил, Джамил), which are capitalized. (On the ru_gsd dev treebank 30 of the 31 such words
   * are tagged VERB, the other a name.) A capitalized word is not taken, even at a sentence
   * start.
   */
  static boolean russianPastMasculine(String surface) {
    int n = surface.length();
    if (n < 5 || !Character.isLowerCase(surface.charAt(0)) || !surface.endsWith("ил")) {
      return false;
    }
    return "бвгджзклмнпрстфхцчшщ".indexOf(surface.charAt(n - 3)) >= 0;
  }

  /**
   * The past tense (-л, -ла, -ло, -ли) of the Russian verbs whose stem ends in a suffix only
   * verbs have (Русская грамматика 1980, §1510 ff., the productive classes): -ова- (требовал,
   * использовали; after a consonant and at least three letters, so not провал, a noun),
   * -ыва- and -ива- (рассказывал, спрашивала; -ива- after a consonant and three letters, so not
   * привал), -ну- after a consonant (подчеркнул, вернула), and the stem -каза- (сказал,
   * рассказала, показали: the nouns приказ, заказ, отказ have no -казал-). Lower case and six
   * letters or more. (On the ru_gsd dev treebank all 41 such words are tagged VERB.)
   */
  private static final Pattern RUSSIAN_SUFFIXED_PAST =
      Pattern.compile(
          "(?:\\p{L}{2}[бвгджзклмнпрстфхцчшщ](?:ова|ива)|ыва|[бвгджзклмнпрстфхцчшщ]ну|каза)"
              + "л[аои]?$");

  /** True for a past-tense verb of a suffixed class ({@link #RUSSIAN_SUFFIXED_PAST}). */
  static boolean russianSuffixedPast(String surface) {
    return surface.length() >= 6
        && Character.isLowerCase(surface.charAt(0))
        && RUSSIAN_SUFFIXED_PAST.matcher(surface).find();
  }

  /**
   * Endings only Portuguese verbs have (Cunha and Cintra, Nova Gramática do Português
   * Contemporâneo, the regular conjugations): the third person singular of the preterite, -ou
   * (voltou, chegou) and -iu (conseguiu, decidiu); the third person plural in -am of every tense
   * but the future (ameaçam, chegaram, morreram, esperavam, faziam, possam: Portuguese nouns end
   * in -ão, not -am); the future -rá (poderá, acontecerá). The preterite in -eu is left out
   * (museu, europeu are nouns and adjectives), as are -ava (oitava, escrava), the plural in -em
   * (homem, viagem), the conditional -ria (história) and the infinitives (lugar, mulher, poder).
   */
  private static final Pattern PORTUGUESE_VERB = Pattern.compile("(?:ou|iu|am|rá)$");

  /**
   * True for a Portuguese verb known by its ending ({@link #PORTUGUESE_VERB}): a word in lower
   * case of five letters or more (names are capitalized).
   */
  static boolean portugueseVerb(String surface) {
    return surface.length() >= 5
        && Character.isLowerCase(surface.charAt(0))
        && PORTUGUESE_VERB.matcher(surface).find();
  }

  /**
   * Endings of the full (attributive) forms of Russian adjectives and participles that common
   * nouns hardly share, Русская грамматика 1980, §1254 ff.: the masculine and neuter oblique
   * cases -ого -его -ому -ым; the plural -ые -ых -их -ыми -ими; the masculine nominative -ый; the
   * feminine -яя -ую -юю; the neuter -ое. Left out as shared with nouns: -ий (критерий,
   * сценарий), -ой and -ом/-ем (the instrumental of рукой, домом), -им (режим), -ая (the genitive
   * случая, края), -ие (решение, событие), -ему (the accusative систему, проблему), -ее (the
   * locative музее, галерее). On the ru_gsd dev treebank, 669 of the 695 words in lower case of
   * five letters or more with these endings are tagged ADJ, VERB (participles), PRON, DET or NUM;
   * 23 of the other 26 are adjectives used as nouns (рабочих, выживших), 3 are nouns (альбому,
   * синдрому, статую).
   */
  private static final String[] ADJECTIVE_ENDINGS = {
    "ого", "его", "ому", "ым", "ые", "ых", "их", "ыми", "ими", "ый", "яя", "ую", "юю", "ое"
  };

  /**
   * True for a Russian word written in lower case, five letters or more, that ends like a full
   * adjective or participle ({@link #ADJECTIVE_ENDINGS}: трёхлетнего, городскую, читальный,
   * пострадавших); a capitalized word is taken for a name (Заречный, Горький), even at a sentence
   * start.
   */
  static boolean russianAdjective(String surface) {
    return surface.length() >= 5
        && Character.isLowerCase(surface.charAt(0))
        && Endings.any(surface, ADJECTIVE_ENDINGS);
  }

  /**
   * The Arabic prepositions that link a noun to its complement, as keys (alef forms unified,
   * final ى and ي both): the particles (حروف الجر) في من على إلى عن, and بين مع ضد حول نحو
   * ("التعاون بين البلدين", "الحرب على الإرهاب", "العلاقات مع روسيا"). The adverbs of time and
   * place used as prepositions (قبل، بعد، خلال، منذ، تحت، داخل، أمام...) head adjuncts of the
   * clause, not of a noun, and are left out (measured: AKEC P@10 0.420 with them, 0.422
   * without).
   */
  private static final Set<String> ARABIC_PREPOSITIONS =
      Set.of("في", "من", "على", "علي", "الى", "الي", "عن", "بين", "مع", "ضد", "حول", "نحو");

  /**
   * True for an Arabic stopword that may stand inside a phrase: a preposition ("الاستقرار في
   * ليبيا", "محطة لتحلية المياه" has its ل attached) or a name's linking word ("محمد بن سلمان").
   * Any other function word inside a run joins two phrases across a clause: "الوزير أن الوضع"
   * (the minister that the situation), "التعاون الذي" ...
   */
  static boolean arabicPhraseInner(String key) {
    return ARABIC_PREPOSITIONS.contains(key) || ArabicNames.nameLink(key);
  }

  /**
   * True for an untagged Arabic word that is not a name ({@link ArabicNames#nameWords}) with the
   * shape of a verb in the perfect tense ({@link ArabicVerbs#perfect}: رفضت، وقالت، أطلقت), a
   * masculine plural verb ({@link ArabicVerbs#plural}: قالوا), a verb of saying ({@link
   * ArabicVerbs#saying}: قال، وأكد، يشير) or an imperfect with its object ({@link
   * ArabicVerbs#imperfectWithObject}: يحتاجها).
   */
  private static boolean arabicVerb(Word w, boolean name) {
    if (w.pos() != null || name || !ArabicNames.isArabic(w)) {
      return false;
    }
    String key = w.key();
    return ArabicVerbs.perfect(key)
        || ArabicVerbs.plural(key)
        || ArabicVerbs.saying(key)
        || ArabicVerbs.imperfectWithObject(key);
  }

  /**
   * True when the word at {@code i} stands right before a content word of the same phrase (no
   * break, stopword or verb between them): a Russian adjective so placed modifies that word
   * ("городскому бюджету") and is no term alone, whereas one standing alone is used as a noun
   * ("помощь пострадавшим.").
   */
  private static boolean attributive(List<Word> words, boolean[] stopBefore, int i) {
    return i + 1 < words.size() && !stopBefore[i + 1] && content(words.get(i + 1));
  }

  /**
   * True when the word may open or close a candidate: content, no spelled-out numeral, no
   * weekday or month name, and no unit of the calendar unless it is part of a name: a proper noun
   * ({@code properNoun}) or capitalized inside its sentence ("Independence Day", "New Year";
   * {@link CalendarWords}).
   */
  private boolean edge(Word w, boolean properNoun) {
    return content(w)
        && (spelled == null || w.pos() != null || !spelled.isNumber(w.key()))
        && (calendar == null
            || !calendar.contains(w.key(), w.stem())
                && (!calendar.unit(w.key(), w.stem())
                    || properNoun
                    || !w.firstInSentence() && Yake.isCapitalized(w.surface())));
  }

  /**
   * True for a weekday or month name that is not part of a name (no proper noun, not
   * capitalized): a phrase stops before it as it does not close on it, so a time adverbial
   * does not join the phrase before it ("Wikipédia jeudi dernier"). Names keep it ("Good Friday
   * Agreement").
   */
  private boolean calendarNameInside(Word w, boolean properNoun) {
    return calendar != null
        && !properNoun
        && calendar.contains(w.key(), w.stem())
        && !Yake.isCapitalized(w.surface());
  }

  /** True for a word that may open or close a candidate. */
  static boolean content(Word w) {
    return !w.stopword() && !w.number() && w.key().codePointCount(0, w.key().length()) >= 2;
  }

  /**
   * True when a run of words may be a noun phrase by its part-of-speech tags (always true for
   * untagged words):
   *
   * <ul>
   *   <li>its first word is a noun, a proper noun or an adjective;
   *   <li>its last word is a noun or a proper noun, or an adjective right after one of those (the
   *       post-nominal adjective of French, "politique étrangère");
   *   <li>its inner words are nouns, proper nouns, adjectives or numbers ("Windows 10 update").
   *       Adpositions and determiners are left out: "X of Y" is more often two phrases than one
   *       (measured: mean F1@10 0.1594 with them, 0.1604 without); French, whose terms are
   *       built with de and à, has those ({@link #frenchComplement}).
   * </ul>
   */
  static boolean nounPhrase(List<Word> words, int from, int to) {
    return nounPhrase(words, from, to, true, false);
  }

  /**
   * As {@link #nounPhrase(List, int, int)}; {@code postNominal} false refuses the final
   * adjective after a noun, for languages whose adjectives precede the noun (English: "Haley
   * Barbour racist" is a noun and a predicate, not a phrase); {@code french} also lets inside
   * the prepositions of a noun's complement ({@link #frenchComplement}: "réforme des
   * retraites").
   */
  static boolean nounPhrase(
      List<Word> words, int from, int to, boolean postNominal, boolean french) {
    String first = words.get(from).pos();
    if (first == null) {
      return true;
    }
    String last = words.get(to - 1).pos();
    if (possessive(last)) {
      // "Fincher's": a possessive noun closes the possessor's noun phrase ("David Fincher")
      last = last.substring(0, last.length() - POSSESSIVE_TAG.length());
      if (to - 1 == from) {
        first = last;
      }
    }
    if (!nominal(first) && !"ADJ".equals(first)) {
      return false;
    }
    if (!nominal(last)
        && !gerundAfterNoun(words, from, to - 1)
        && !regnalNumber(words, from, to - 1)
        && !(postNominal
            && "ADJ".equals(last)
            && to - 1 > from
            && nominal(words.get(to - 2).pos()))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      String p = words.get(i).pos();
      if (!nominal(p)
          && !INNER.contains(p)
          && !gerundAfterNoun(words, from, i)
          && !(french && frenchComplement(words, i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a word tagged ADJ right after a noun or proper noun of the same run (no punctuation
   * between): where adjectives follow their noun (the Romance languages, {@link
   * #POST_NOMINAL_ADJECTIVES}), it is that noun's adjective, so a phrase opened on it is cut from
   * its noun: "musulman Mohamed Morsi" of "le Frère musulman Mohamed Morsi", "portugais Miguel
   * Neiva" of "l'inventeur portugais Miguel Neiva". The adjectives that precede their noun
   * (nouvelle, ancien, premier) follow a determiner or a preposition, not a noun ("une nouvelle
   * avancée").
   */
  static boolean adjectiveOfThePreviousNoun(List<Word> words, boolean[] stopBefore, int i) {
    return i > 0
        && !stopBefore[i]
        && "ADJ".equals(words.get(i).pos())
        && nominal(words.get(i - 1).pos());
  }

  /** An upper-case Roman numeral of two letters or more, II to MMMCMXCIX. */
  private static final Pattern ROMAN_NUMERAL =
      Pattern.compile("(?=[IVXLCDM]{2})M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  /**
   * True for a Roman numeral of two letters or more right after a capitalized noun of the same
   * phrase: the number that ends a name ("World War II", "John Paul II", "Charles III", "Super
   * Bowl XLV"), which the tagger gives NUM. A one-letter numeral is left out: I is the pronoun,
   * and "World War I" stays "World War".
   */
  static boolean regnalNumber(List<Word> words, int from, int i) {
    return i > from
        && ROMAN_NUMERAL.matcher(words.get(i).surface()).matches()
        && nominal(words.get(i - 1).pos())
        && Yake.isCapitalized(words.get(i - 1).surface());
  }

  /**
   * The -ing forms that work as prepositions (Quirk, Greenbaum, Leech and Svartvik, "A
   * Comprehensive Grammar of the English Language", 1985: the marginal prepositions
   * barring, concerning, considering, excepting, excluding, following, including, pending,
   * regarding, respecting, touching; and according, involving and using, which technical prose
   * uses the same way): after a noun they introduce its complement ("rules using lexical
   * knowledge", "costs including taxes"), so they head no compound with it.
   */
  private static final Set<String> MARGINAL_PREPOSITIONS =
      Set.of(
          "barring", "concerning", "considering", "excepting", "excluding", "following",
          "including", "pending", "regarding", "respecting", "touching", "according", "involving",
          "using");

  /**
   * True for an English -ing form tagged VERB right after a noun of the same phrase: the head of
   * a noun + gerund compound ("machine learning", "image processing", "query processing"), a
   * nominal whose first noun is its incorporated object. UD tags the gerund VERB, so the tag
   * alone would cut these compounds, the commonest shape of technical terms. Not a marginal
   * preposition ({@link #MARGINAL_PREPOSITIONS}).
   */
  static boolean gerundAfterNoun(List<Word> words, int from, int i) {
    if (i <= from || !"VERB".equals(words.get(i).pos()) || !words.get(i).key().endsWith("ing")) {
      return false;
    }
    if (MARGINAL_PREPOSITIONS.contains(words.get(i).key())) {
      return false;
    }
    return nominal(words.get(i - 1).pos()) || gerundAfterNoun(words, from, i - 1);
  }

  /**
   * The tagger's mark of a possessive noun: the English model tags "Fincher's" as one token
   * PROPN+PART (proper noun + the possessive particle 's, which UD splits off).
   */
  private static final String POSSESSIVE_TAG = "+PART";

  /** True for the tag of a possessive noun or proper noun ("Fincher's", "convention's"). */
  static boolean possessive(String pos) {
    return "NOUN+PART".equals(pos) || "PROPN+PART".equals(pos);
  }

  /**
   * The tag of a tagged word, made possessive when the tagger left the English possessive 's
   * inside a noun: a word tagged NOUN or PROPN whose form ends in 's or ’s after at least two
   * characters ("Group's") gets NOUN+PART or PROPN+PART, the tag the model gives the possessives
   * it recognizes ("Fincher's"). UD always splits the clitic off as a PART; a contraction of
   * "is" or "has" is tagged with +AUX by the model and is left alone, as is every other combined
   * tag. A name written with 's ({@code name}, asked only of such a word: capitalized, and not a
   * stopword without the 's)
   * that the model gave a single tag other than a noun's ("Obama's" VERB, "Slovenia's" ADJ,
   * "CNN's" VERB: about one in ten such names in news text) is PROPN+PART: whether the 's is the
   * possessive or "is", the word is a proper noun.
   */
  static String possessiveTag(String tag, String surface, Predicate<String> name) {
    if (surface.length() > 3 && (surface.endsWith("'s") || surface.endsWith("’s"))) {
      if ("NOUN".equals(tag) || "PROPN".equals(tag)) {
        return tag + POSSESSIVE_TAG;
      }
      if (tag.indexOf('+') < 0 && name.test(surface)) {
        return "PROPN" + POSSESSIVE_TAG;
      }
    }
    return tag;
  }

  /** The form without a final possessive 's or ’s or bare apostrophe ("Fincher's" → "Fincher"). */
  static String withoutPossessive(String s) {
    for (String suffix : new String[] {"'s", "’s", "'S", "’S", "'", "’"}) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }

  /**
   * True when the run of words [from, to) cuts a multi-word name (a run of consecutive proper
   * nouns inside one phrase, {@link #properNouns}) before its end, and the name itself can be a
   * candidate: the run closes on a proper noun right before another one ("Salt Lake" before
   * "City", "film producer Soren" before "Staermose"), and the name its last word belongs to (the
   * whole run of proper nouns around it) has at most {@code maxNgram} words. A name is one
   * lexical unit, so a piece of it is no term when the whole name can be a candidate ("Soren
   * Staermose"), whatever common nouns stand before the piece. A piece that runs to the name's
   * end stays: English names are head-final, and the last words are how the text mentions the
   * name again ("Obama" of "Barack Obama", "Julian Assange" after "WikiLeaks"). When the name is
   * longer than {@code maxNgram} words, its pieces stay too, since nothing better can stand for
   * it.
   */
  /**
   * True when the words [from, to) run from a common noun written in lower case into a name of
   * two words or more ({@code propn}, {@link #properNouns}): the noun is the name's apposition,
   * a title or a description ("secretary Jay Carney", "co-founder Larry Page", "директор
   * библиотеки Ольга Никитина", "ministre Jean-Marc Ayrault"), and the name is the term. A
   * name of one word keeps its noun ("gare de Montclar", "search engine Google"), and so does
   * a capitalized title, which is part of the name ("President Barack Obama").
   */
  static boolean appositionBeforeName(List<Word> words, boolean[] propn, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      String surface = words.get(k).surface();
      if (!propn[k]
          && !surface.isEmpty()
          && UCharacter.isLowerCase(surface.codePointAt(0))
          && propn[k + 1]
          && propn[k + 2]) {
        return true;
      }
    }
    return false;
  }

  boolean splitsName(List<Word> words, boolean[] propn, int from, int to) {
    if (to >= words.size()
        || words.get(to).breakBefore()
        || !propn[to - 1]
        || !propn[to]) {
      return false;
    }
    // the run is scanned no further than maxNgram words each way: a longer one is too long
    // whatever its length (a hostile text of 300,000 capitalized words is one run)
    int a = to - 1;
    while (a > 0 && to - 1 - a < maxNgram && !words.get(a).breakBefore() && propn[a - 1]) {
      a--;
    }
    int b = to - 1;
    while (b + 1 < words.size()
        && b - (to - 1) < maxNgram
        && !words.get(b + 1).breakBefore()
        && propn[b + 1]
        && propn[b]) {
      b++;
    }
    return b - a + 1 <= maxNgram;
  }

  /**
   * True for a word joined to the previous one by a single hyphen ("time" of "real-time"): a
   * hyphenated compound is one word, so a candidate neither opens on such a word nor closes right
   * before one ("real", "time", "time systems" are no terms of "real-time systems").
   */
  static boolean hyphenated(Word w) {
    return "-".equals(w.glue());
  }

  /**
   * Which words are proper nouns, for {@link #splitsName}: a word tagged PROPN; in a language
   * without a tagger, a word that is not a stopword, written capitalized or in capitals ("Ольга
   * Никитина", "Marcelo Rebelo"), either not at a sentence start or, at one, a word the text
   * writes so elsewhere in a position where case is free and never in lower case (the
   * document-centred rule of {@link SentenceInitialNames}). A script without case has none.
   */
  private static boolean[] properNouns(List<Word> words) {
    boolean[] out = new boolean[words.size()];
    // built on the first capitalized word at a sentence start, if any (none in a tagged text or
    // in a script without case)
    Set<String> capitalizedInside = null;
    Set<String> lowerCase = null;
    for (int i = 0; i < out.length; i++) {
      Word w = words.get(i);
      if (w.pos() != null) {
        out[i] = "PROPN".equals(w.pos());
      } else if (capitalizedName(w)) {
        if (w.firstInSentence()) {
          if (capitalizedInside == null) {
            capitalizedInside = capitalizedInside(words);
            lowerCase = TitleCase.lowerCaseKeys(words);
          }
          out[i] = capitalizedInside.contains(w.key()) && !lowerCase.contains(w.key());
        } else {
          out[i] = true;
        }
      }
    }
    return out;
  }

  /** The keys of the untagged words {@link #capitalizedName capitalized} inside a sentence. */
  private static Set<String> capitalizedInside(List<Word> words) {
    Set<String> out = new HashSet<>();
    for (Word w : words) {
      if (w.pos() == null && !w.firstInSentence() && capitalizedName(w)) {
        out.add(w.key());
      }
    }
    return out;
  }

  /** A word that is no stopword, written capitalized or in capitals. */
  private static boolean capitalizedName(Word w) {
    String s = w.surface();
    if (s.isEmpty() || w.stopword()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (UCharacter.isLetter(first) && !UCharacter.isUUppercase(first)) {
      return false; // (the quick answer for a word in lower case or in a script without case)
    }
    return Yake.isCapitalized(s) || Yake.isAcronym(s);
  }

  /**
   * The French prepositions of the complement of a noun, as written and contracted with the
   * article: de, d', du, des (de + les), à, au, aux (à + le, à + les).
   */
  private static final Set<String> FRENCH_COMPLEMENT =
      Set.of("de", "d'", "du", "des", "à", "au", "aux");

  /**
   * True for the word at {@code i}, inside a French tagged phrase, that links a noun to its
   * complement in the patterns of French terms N de N and N à N (Daille, "Study and
   * implementation of combined techniques for automatic extraction of terminology", 1996):
   *
   * <ul>
   *   <li>de, d', du, des, à, au or aux, tagged as an adposition or a determiner, right after a
   *       common noun or an adjective and right before a noun, a proper noun or a determiner:
   *       "réforme des retraites", "gare de Montclar", "machine à laver" — not after a proper
   *       noun ("Saint-Aubin à Montclar" is a route, not a term);
   *   <li>a determiner right after such a preposition and right before a noun or proper noun
   *       ("projet de la loi", within {@code --max-ngram}).
   * </ul>
   */
  static boolean frenchComplement(List<Word> words, int i) {
    String tag = words.get(i).pos();
    String before = words.get(i - 1).pos();
    String after = words.get(i + 1).pos();
    if (tag == null || before == null || after == null) {
      return false;
    }
    if (FRENCH_COMPLEMENT.contains(words.get(i).key())
        && (tag.startsWith("ADP") || tag.startsWith("DET"))) {
      return ("NOUN".equals(before) || "ADJ".equals(before))
          && (nominal(after) || "DET".equals(after));
    }
    return "DET".equals(tag)
        && FRENCH_COMPLEMENT.contains(words.get(i - 1).key())
        && nominal(after);
  }

  /** The nouns that head a French compound preposition with à (locution prépositive). */
  private static final Set<String> FRENCH_PREPOSITION_NOUNS = Set.of("grâce", "face", "suite");

  /** The forms of à, alone and with the article. */
  private static final Set<String> FRENCH_A = Set.of("à", "au", "aux");

  /**
   * True for the noun of a French compound preposition (locution prépositive): grâce, face or
   * suite right before à, au or aux and not after a determiner ("grâce à", "face à", "suite
   * aux"; not "la suite au", "une face à"). UD tags the noun NOUN (its relation is case), so
   * "couleurs grâce" and "face à Apple" were phrases; the locution is a preposition and opens,
   * closes or stands inside none.
   */
  static boolean frenchPrepositionNoun(List<Word> words, int i) {
    return FRENCH_PREPOSITION_NOUNS.contains(words.get(i).key())
        && i + 1 < words.size()
        && !words.get(i + 1).breakBefore()
        && FRENCH_A.contains(words.get(i + 1).key())
        && (i == 0 || words.get(i).breakBefore() || !"DET".equals(words.get(i - 1).pos()));
  }

  /** Tags allowed inside a tagged candidate besides nouns and proper nouns. */
  private static final Set<String> INNER = Set.of("ADJ", "NUM");

  private static boolean nominal(String pos) {
    return "NOUN".equals(pos) || "PROPN".equals(pos);
  }

  /**
   * The candidates of a text, in order of first occurrence. Whether each word may open or close
   * a candidate is decided once per word; the key and written form of a run are built in
   * reused buffers, and a string is made of them only for a new candidate or a new form.
   */
  List<Candidate> extract(ParsedText text) {
    List<Word> words = text.words();
    int n = words.size();
    String[] keys = ArabicClitics.groupKeys(words);
    boolean[] names = ArabicNames.nameWords(words);
    boolean[] propn = properNouns(words);
    boolean[] edge = new boolean[n];
    boolean[] hyphen = new boolean[n + 1]; // (no word after the last one)
    // a phrase never runs on to a word after punctuation, a (Russian, Portuguese, Arabic) verb, a
    // Russian stopword, an Arabic stopword other than a preposition or name link, a new conjunct
    // (an Arabic word whose conjunction و/ف was grouped off: "ليبيا والمنطقة" is two terms, as
    // "Libya and the region"), an Arabic predicate (an indefinite word after a definite one), the
    // noun of a French compound preposition or a weekday or month name outside a name; the word
    // may still open a phrase unless it is a verb
    boolean[] stopBefore = new boolean[n];
    // a (Russian) word that may close a phrase of one word only: an adjective cut from its noun
    boolean[] closesAlone = new boolean[n];
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      boolean untaggedRussian = russian && w.pos() == null;
      boolean verb =
          untaggedRussian
                  && (russianVerb(w.key())
                      || russianPastMasculine(w.surface())
                      || russianSuffixedPast(w.surface()))
              || arabicVerb(w, names[i])
              || (portuguese && w.pos() == null && portugueseVerb(w.surface()));
      boolean locution = french && frenchPrepositionNoun(words, i);
      edge[i] = !verb && !locution && edge(w, propn[i]);
      hyphen[i] = hyphenated(w);
      stopBefore[i] =
          w.breakBefore()
              || verb
              || locution
              || calendarNameInside(w, propn[i])
              || (untaggedRussian && w.stopword())
              || (arabic && w.stopword() && !arabicPhraseInner(w.key()))
              || ArabicClitics.conjunctionLed(w.key(), keys[i])
              || (arabic && ArabicClitics.predicateAfterDefinite(words, i, names));
      closesAlone[i] = untaggedRussian && russianAdjective(w.surface());
    }
    CandidateIndex byKey = new CandidateIndex();
    StringBuilder key = new StringBuilder();
    StringBuilder surface = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (!edge[i] || hyphen[i]) {
        continue; // (a candidate never opens inside a hyphenated compound: "time" of "real-time")
      }
      if (postNominal && adjectiveOfThePreviousNoun(words, stopBefore, i)) {
        continue; // ("musulman Mohamed Morsi" of "le Frère musulman Mohamed Morsi")
      }
      Word first = words.get(i);
      boolean cliticLed = !keys[i].equals(first.key());
      // a clitic-led occurrence is written without the proclitic it was grouped without
      String firstSurface =
          cliticLed ? ArabicClitics.bareSurface(first.surface(), first.key(), keys[i]) : first.surface();
      key.setLength(0);
      surface.setLength(0);
      for (int j = i; j < n && j - i < maxNgram; j++) {
        Word w = words.get(j);
        if (j > i) {
          if (stopBefore[j]) {
            break;
          }
          key.append(' ');
          surface.append(w.glue());
        }
        boolean possessive = possessive(w.pos());
        int keyEnd = key.length();
        int surfaceEnd = surface.length();
        key.append(possessive ? withoutPossessive(keys[j]) : keys[j]);
        String written = j == i ? firstSurface : w.surface();
        surface.append(possessive ? withoutPossessive(written) : written);
        if (edge[j]
            && !(closesAlone[j] && (j > i || attributive(words, stopBefore, j)))
            && !(arabic && j == i && ArabicClitics.attributiveNisba(words, keys, stopBefore, i))
            && !ArabicNames.nameLink(keys[j])
            && nounPhrase(words, i, j + 1, postNominal, french)
            && !splitsName(words, propn, i, j + 1)
            && !appositionBeforeName(words, propn, i, j + 1)
            && !hyphen[j + 1]
            && !ArabicClitics.constructHead(words, j, names)) {
          Candidate c = byKey.get(key);
          if (c == null) {
            String k = j == i && !possessive ? keys[j] : key.toString();
            c = new Candidate(k, words, j - i + 1, w.pos() != null);
            byKey.add(c);
          }
          c.add(i, j == i && !possessive ? firstSurface : surface, cliticLed);
        }
        if (possessive) {
          // a possessive only ends a phrase; longer runs through it are rejected by nounPhrase,
          // but keep their key and surface as written
          key.setLength(keyEnd);
          key.append(keys[j]);
          surface.setLength(surfaceEnd);
          surface.append(written);
        }
      }
    }
    return byKey.inOrder();
  }
}
