package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Clitic-aware grouping of Arabic candidate words. Arabic writes its proclitics attached to the
 * next word: the conjunctions و and ف, the prepositions ب، ل، ك and the definite article ال, in
 * that order and in any combination (وبالتعاون = و + ب + ال + تعاون; ل + ال is written لل). So
 * the second mention of a name in "لقاء حفتر وشويغو" is the token وشويغو, which without this
 * step is a different candidate from شويغو.
 *
 * <p>{@link #groupKeys} gives each word the key its candidates are counted under: for an Arabic
 * word that is not a stopword, the shortest form left after removing a proclitic sequence (the
 * longest prefix) such that
 *
 * <ul>
 *   <li>that form is itself the key of some word of the same text (the bare form is attested, so
 *       the letters removed really were clitics: in لبنان the ل is part of the name, and بنان does
 *       not occur), and
 *   <li>at least {@value #MIN_BARE} letters remain (Arabic content words have a root of at least
 *       three consonants; a shorter remainder is a function word or a chance match).
 * </ul>
 *
 * Every other word keeps its own key. Since every form maps to the shortest attested form,
 * والمنطقة، المنطقة and منطقة fall into one group when منطقة occurs, and وشويغو and شويغو into
 * one when شويغو occurs. The shown phrase stays the most frequent surface form ({@link
 * Candidate#surface()}), so grouping changes counts, not spelling.
 */
final class ArabicClitics {

  /** Letters a bare form keeps at least: the triliteral root. */
  static final int MIN_BARE = 3;

  private static final String[] CONJUNCTIONS = {"", "و", "ف"};
  private static final String[] PREPOSITIONS = {"", "ب", "ل", "ك"};

  private ArabicClitics() {}

  /** The grouping key of each word (see the class comment), index for index. */
  static String[] groupKeys(List<Word> words) {
    String[] out = new String[words.size()];
    Set<String> attested = null;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      out[i] = w.key();
      if (w.stopword() || w.number() || !ArabicNames.isArabic(w)) {
        continue;
      }
      if (attested == null) {
        attested = new HashSet<>();
        for (Word x : words) {
          attested.add(x.key());
        }
      }
      out[i] = bare(w.key(), attested);
    }
    return out;
  }

  /**
   * The attested form of {@code key} left after removing the longest proclitic sequence (the key
   * itself when none is attested). لل is ل + ال, so للقوات may also group with القوات.
   */
  static String bare(String key, Set<String> attested) {
    String best = key;
    int bestRemoved = 0;
    for (String conj : CONJUNCTIONS) {
      if (!key.startsWith(conj)) {
        continue;
      }
      for (String prep : PREPOSITIONS) {
        int at = conj.length();
        if (!key.startsWith(prep, at)) {
          continue;
        }
        at += prep.length();
        String[] forms;
        int[] removed;
        if (prep.equals("ل") && key.startsWith("ل", at)) {
          // ل + ال is written لل: the noun with its article, or the bare noun
          forms = new String[] {key.substring(at), "ا" + key.substring(at)};
          removed = new int[] {at, at};
        } else if (key.startsWith("ال", at)) {
          forms = new String[] {key.substring(at)};
          removed = new int[] {at};
        } else {
          forms = new String[] {key.substring(at)};
          removed = new int[] {at};
        }
        for (int f = 0; f < forms.length; f++) {
          String form = forms[f];
          if (removed[f] > bestRemoved
              && form.codePointCount(0, form.length()) >= MIN_BARE
              && attested.contains(form)) {
            best = form;
            bestRemoved = removed[f];
          }
        }
      }
    }
    return best;
  }

  /**
   * The written form {@code surface} without the proclitics that grouping removed from its key
   * ({@code key} → {@code groupKey}): "بالطاقة" → "الطاقة", "وشويغو" → "شويغو", and for ل + ال
   * written لل, "للمياه" → "المياه" (the article's alef written again). A key keeps one character
   * per letter of the surface (normalization drops only diacritics and tatweel and maps letter
   * to letter), so the proclitics are the surface's first letters, with the marks that follow
   * them. The surface itself when the two keys are not related that way.
   */
  static String bareSurface(String surface, String key, String groupKey) {
    int letters;
    String article = "";
    if (key.endsWith(groupKey) && key.length() > groupKey.length()) {
      letters = key.length() - groupKey.length();
    } else if (groupKey.startsWith("ال")
        && key.endsWith(groupKey.substring(1))
        && key.length() > groupKey.length() - 1
        && key.charAt(key.length() - groupKey.length()) == 'ل') {
      // لل = ل + ال: drop the preposition's ل, write the article's alef again
      letters = key.length() - groupKey.length() + 1;
      article = "ا";
    } else {
      return surface;
    }
    int i = 0;
    for (int seen = 0; i < surface.length() && seen < letters; ) {
      int cp = surface.codePointAt(i);
      i += Character.charCount(cp);
      if (!skipped(cp)) {
        seen++;
      }
    }
    while (i < surface.length() && skipped(surface.codePointAt(i))) {
      i += Character.charCount(surface.codePointAt(i));
    }
    return i >= surface.length() ? surface : article + surface.substring(i);
  }

  /** A character the key does not keep: a combining mark (harakat) or tatweel. */
  private static boolean skipped(int cp) {
    return cp == 'ـ' || UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK;
  }

  /**
   * True when the word whose key is {@code key} and whose grouping key ({@link #groupKeys}) is
   * {@code groupKey} was written with the conjunction و or ف: it opens a new conjunct, so a
   * phrase stops before it as an English phrase stops at "and" ("ليبيا والمنطقة" is Libya and the
   * region, two terms). Only a removed proclitic counts: the و of وزارة is a root letter, and
   * زارة is never attested.
   */
  static boolean conjunctionLed(String key, String groupKey) {
    return groupKey.length() < key.length() && (key.startsWith("و") || key.startsWith("ف"));
  }

  /**
   * True when the word at {@code i} is an Arabic word without the article followed, in the same
   * phrase, by an Arabic content word that starts with the article itself (no conjunction or
   * preposition before it: "ليبيا والمنطقة" is a coordination): the head of a construct (إضافة: "تحقيق
   * الاستقرار", "جهود تحقيق الاستقرار") or a verb followed by its subject or object ("يبقى
   * التحدي"). An adjective agrees with its noun in definiteness, so an indefinite word before a
   * definite one is never noun + adjective; a phrase cut there has lost its genitive, as an
   * English phrase cut after "of" has. A proper noun ({@code names}, {@link
   * ArabicNames#nameWords}) is definite by itself and heads no construct ("موقع ليبيا
   * الاستراتيجي": the adjective goes with موقع).
   */
  static boolean constructHead(List<Word> words, int i, boolean[] names) {
    if (i + 1 >= words.size() || names[i]) {
      return false;
    }
    Word w = words.get(i);
    Word next = words.get(i + 1);
    return !next.breakBefore()
        && !next.stopword()
        && ArabicNames.isArabic(w)
        && ArabicNames.isArabic(next)
        && !ArabicNames.hasArticle(w.key())
        && next.key().startsWith("ال")
        && ArabicNames.hasArticle(next.key());
  }

  /** The unit word of the compound ordinals and numbers 11 to 19, which never takes the article. */
  private static final Set<String> TEEN_UNITS = Set.of("عشر", "عشرة", "عشره");

  /** The prepositions written as one letter joined to the next word. */
  private static final String PREPOSITION_PROCLITICS = "بلك";

  /** The fathatan (tanwin of the accusative), U+064B. */
  private static final char FATHATAN = '\u064B';

  /**
   * True when the word at {@code i} cannot go on with the phrase of the word before it: that word
   * carries the definite article and this one is an Arabic content word without it. An adjective
   * agrees with its noun in definiteness, so a definite word followed by an indefinite one is a
   * subject and its predicate, a sentence ("الأسد حيوان ضخم", the lion is a big animal; "السمنة
   * تسبب السكري", obesity causes diabetes; "مياه البحر تعمل"), not a noun phrase (Ryding, "A
   * Reference Grammar of Modern Standard Arabic", 2005: noun-adjective agreement, equational
   * sentences). Not cut before:
   *
   * <ul>
   *   <li>a name ({@code names}, {@link ArabicNames#nameWords}), definite by itself: "الرئيس
   *       بوتين";
   *   <li>a preposition written as a proclitic (ب، ل، ك) on the head of a construct ({@link
   *       #constructHead}): a prepositional phrase, which may go inside a phrase as في may:
   *       "الفوز بكأس العالم" (the head of a construct alone is a predicate: "السمنة سبب السكري");
   *   <li>the article-less unit of a compound ordinal: "القرن التاسع عشر";
   *   <li>a word written with the accusative tanwin, an adverb of the word before: "المهندسة
   *       وراثياً".
   * </ul>
   */
  static boolean predicateAfterDefinite(List<Word> words, int i, boolean[] names) {
    if (i == 0 || names[i]) {
      return false;
    }
    Word w = words.get(i);
    return !w.key().isEmpty()
        && !w.stopword()
        && !w.number()
        && ArabicNames.isArabic(w)
        && definiteBefore(words, i)
        && !ArabicNames.hasArticle(w.key())
        && !TEEN_UNITS.contains(w.key())
        && w.surface().indexOf(FATHATAN) < 0
        && !(PREPOSITION_PROCLITICS.indexOf(w.key().charAt(0)) >= 0
            && constructHead(words, i, names));
  }

  /**
   * True when the word at {@code i} is a nisba adjective right after the definite word it
   * qualifies: its grouping key ({@code keys}, {@link #groupKeys}) has the article and ends in
   * the relative suffix ي or ية (ية written يه under {@code --unify-ta-marbuta}), and the word
   * before it, in the same run (no break or stopword between, {@code stopBefore}), is an Arabic
   * content word with the article. An adjective follows its noun and agrees with it in
   * definiteness, so such a word is that noun's attribute ("الشؤون الإسلامية", "الاقتصاد
   * المصري"), no term alone; the phrase with its noun stays a candidate. An article-less word
   * before it is the head of a construct instead, whose genitive may be a noun in -ية (تحقيق
   * التنمية, سعر الجنيه), and those stay.
   */
  static boolean attributiveNisba(List<Word> words, String[] keys, boolean[] stopBefore, int i) {
    if (i == 0 || stopBefore[i]) {
      return false;
    }
    String key = keys[i];
    return key.length() >= 5
        && key.startsWith("ال")
        && (key.endsWith("ي") || key.endsWith("ية") || key.endsWith("يه"))
        && ArabicNames.isArabic(words.get(i))
        && definiteBefore(words, i);
  }

  /**
   * True when the word before {@code i} (i &gt; 0) is an Arabic content word with the definite
   * article (a number or a stopword never is).
   */
  private static boolean definiteBefore(List<Word> words, int i) {
    Word before = words.get(i - 1);
    return !before.stopword()
        && ArabicNames.isArabic(before)
        && ArabicNames.hasArticle(before.key());
  }
}
