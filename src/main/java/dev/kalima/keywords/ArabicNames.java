package dev.kalima.keywords;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Set;

/**
 * The Arabic stand-in for YAKE!'s casing feature: which occurrences of Arabic words read as proper
 * nouns (people and places). Arabic has no capital letters, so the signal comes from two facts of
 * the language and of news style instead:
 *
 * <ol>
 *   <li><em>Context</em> ({@link #marks}): an occurrence is marked when
 *       <ul>
 *         <li>it is the name after a title or honorific (a closed class: الرئيس، الوزير، سكرتير،
 *             القائد، المشير، السفير، نظيره، ...). The words right after the title that belong to
 *             the title are skipped: words with the definite article (nisba adjectives and
 *             genitives: "القائد <u>العام للقوات المسلحة الليبية</u> خليفة حفتر") and an
 *             article-less construct head followed by an article word ("سكرتير <u>مجلس الأمن
 *             الروسي</u> سيرغي شويغو"). Then up to three article-less content words are the name
 *             (given name, family name); the run stops at a punctuation break, a stopword, a
 *             number, an article word, or before an article-less word that opens a construct
 *             ("بوتين <u>رئيس</u> الوزراء");
 *         <li>or it is a place after a locative preposition (في، من، إلى، الى): an article-less
 *             content word right after the preposition that ends the phrase (punctuation or the
 *             sentence end follows: "في موسكو،"), unlike a construct noun, which a genitive
 *             follows ("في إطار زيارة"، "في تحقيق الأمن").
 *       </ul>
 *   <li><em>Definiteness</em> (applied per term by {@link Yake}): a proper noun never takes the
 *       definite article ال nor its clitic combinations (وال فال بال كال لل), while a common noun
 *       of a news text usually shows it at least once. A term with any article-bearing occurrence
 *       gets no mark at all, which removes the construct nouns and nisba adjectives the context
 *       rules may catch.
 * </ol>
 *
 * Only words written in Arabic script are marked; other words keep their letter case. Keys are
 * compared after normalization (alef forms unified to ا), as {@link Word#key()} holds them.
 */
final class ArabicNames {
  /** Words after a title that may be the name: given name, father's or family name. */
  private static final int MAX_NAME = 3;
  /** Words after a title that may belong to the title before the name starts. */
  private static final int MAX_TITLE_TAIL = 6;

  /** Titles and honorifics of Arabic news (normalized keys: alef forms as ا). */
  private static final Set<String> TITLES =
      Set.of(
          "الرئيس", "رئيس", "الرئيسة", "رئيسة", "الوزير", "وزير", "الوزيرة", "وزيرة",
          "الملك", "ملك", "الملكة", "العاهل", "الامير", "امير", "الاميرة", "الشيخ", "شيخ",
          "الشيخة", "السلطان", "سلطان", "السيد", "السيدة", "الدكتور", "الدكتورة", "المشير",
          "اللواء", "لواء", "العميد", "العقيد", "الفريق", "الجنرال", "القائد", "قائد",
          "سكرتير", "السكرتير", "المتحدث", "متحدث", "الناطق", "ناطق", "السفير", "سفير",
          "السفيرة", "النائب", "نائب", "النائبة", "المستشار", "مستشار", "المستشارة",
          "المبعوث", "مبعوث", "الامين", "امين", "المدير", "مدير", "المديرة", "الزعيم",
          "زعيم", "المحافظ", "محافظ", "الحاكم", "حاكم", "الامام", "البابا", "المرشد",
          "القاضي", "نظيره", "نظيرها", "نظيرته", "نظيرتها");

  /** Locative and directional prepositions written as separate words (normalized keys). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("في", "من", "الى", "الي");

  private ArabicNames() {}

  /**
   * The normalized keys (alef forms unified, {@code TermNormalizer}) of the words that link the
   * parts of an Arabic personal name and always govern the word after them (the first term of a
   * construct, إضافة): the nasab بن ابن بنت ابنة "son/daughter of" (محمد بن سلمان), the kunya
   * أبو أبي أبا أم "father/mother of" (أبو مازن), the theophoric عبد "servant of" (عبد الله) and
   * آل "family of" (آل سعود).
   */
  private static final Set<String> NAME_LINKS =
      Set.of("بن", "ابن", "بنت", "ابنة", "ابو", "ابي", "ابا", "ام", "عبد", "ال");

  /**
   * True for the key of a word that links the parts of an Arabic name ({@link #NAME_LINKS}): it
   * is never the last word of a phrase, as its name continues after it.
   */
  static boolean nameLink(String key) {
    return NAME_LINKS.contains(key);
  }

  /** True when the key carries the definite article: ال، وال، فال، بال، كال، لل، ولل، فلل. */
  static boolean hasArticle(String key) {
    int i = 0;
    if (key.length() > 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
      i = 1;
    }
    if (key.startsWith("ال", i)) {
      return key.length() - i - 2 >= 2;
    }
    if (key.startsWith("لل", i)) {
      return key.length() - i - 2 >= 2;
    }
    if (key.startsWith("بال", i) || key.startsWith("كال", i)) {
      return key.length() - i - 3 >= 2;
    }
    return false;
  }

  /** True when the word's first letter is in Arabic script. */
  static boolean isArabic(Word w) {
    String s = w.surface();
    return !s.isEmpty() && UScript.getScript(s.codePointAt(0)) == UScript.ARABIC;
  }

  /** For each word, true when its context marks it as a proper noun (rules above). */
  static boolean[] marks(List<Word> words) {
    boolean[] out = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (!isArabic(w)) {
        continue;
      }
      if (TITLES.contains(w.key())) {
        markAfterTitle(words, i, out);
      } else if (PLACE_PREPOSITIONS.contains(w.key())) {
        markPlace(words, i, out);
      }
    }
    return out;
  }

  /**
   * For each word, true when it is an Arabic word whose term (light stem) is a proper noun in this
   * text: at least one occurrence is marked by {@link #marks} and none takes the article (the
   * same rule {@link Yake} applies to T_case).
   */
  static boolean[] nameWords(List<Word> words) {
    boolean[] marked = marks(words);
    java.util.Set<String> named = new java.util.HashSet<>();
    java.util.Set<String> article = new java.util.HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (marked[i]) {
        named.add(w.stem());
      } else if (isArabic(w) && hasArticle(w.key())) {
        article.add(w.stem());
      }
    }
    boolean[] out = new boolean[words.size()];
    if (named.isEmpty()) {
      return out;
    }
    for (int i = 0; i < words.size(); i++) {
      String stem = words.get(i).stem();
      out[i] = isArabic(words.get(i)) && named.contains(stem) && !article.contains(stem);
    }
    return out;
  }

  private static void markAfterTitle(List<Word> words, int title, boolean[] out) {
    int i = title + 1;
    int tail = 0;
    while (i < words.size() && tail < MAX_TITLE_TAIL && content(words.get(i))) {
      Word w = words.get(i);
      boolean construct = i + 1 < words.size() && bound(words.get(i + 1))
          && hasArticle(words.get(i + 1).key());
      if (!hasArticle(w.key()) && !construct) {
        break;
      }
      i++;
      tail++;
    }
    for (int n = 0; n < MAX_NAME && i < words.size() && content(words.get(i)); n++, i++) {
      Word w = words.get(i);
      if (hasArticle(w.key())) {
        return;
      }
      if (n > 0 && i + 1 < words.size() && bound(words.get(i + 1))
          && hasArticle(words.get(i + 1).key())) {
        return; // opens a construct ("بوتين رئيس الوزراء"): the name has ended
      }
      out[i] = true;
    }
  }

  private static void markPlace(List<Word> words, int preposition, boolean[] out) {
    int i = preposition + 1;
    if (i >= words.size() || !content(words.get(i)) || hasArticle(words.get(i).key())) {
      return;
    }
    boolean free = i + 1 >= words.size() || !bound(words.get(i + 1));
    if (free) {
      out[i] = true;
    }
  }

  /** An Arabic content word of at least three letters joined to the previous word (no punctuation or sentence start). */
  private static boolean content(Word w) {
    return bound(w) && !w.stopword() && !w.number() && isArabic(w) && w.key().length() >= 3;
  }

  private static boolean bound(Word w) {
    return !w.breakBefore();
  }
}
