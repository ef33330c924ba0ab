package dev.kalima.keywords;

import java.util.Set;

/**
 * Arabic verb forms known by their written shape alone, for the candidates of a language with
 * no part-of-speech tagger (a verb is never part of a noun phrase).
 */
final class ArabicVerbs {

  private ArabicVerbs() {}

  /**
   * The key of a word without a conjunction و or ف when {@code rest} letters or more remain, else
   * the key itself.
   */
  private static String withoutConjunction(String key, int rest) {
    if (key.length() > rest && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
      return key.substring(1);
    }
    return key;
  }

  /**
   * The verbs of saying that report speech in news (أفعال القول), third person, masculine
   * perfect and imperfect, normalized keys (alef forms as ا): قال، أكد، أضاف، أوضح، أشار، أعلن،
   * صرح، أفاد. News writes them in every story ("وقال وزير التجارة"), as English writes
   * "said"; their feminine perfect ends in ت ({@link #perfect}) and their plural in وا ({@link
   * #plural}), but the masculine singular has no written mark of a verb.
   */
  private static final Set<String> SAYING =
      Set.of(
          "قال", "يقول", "تقول", "اكد", "يؤكد", "تؤكد", "اضاف", "يضيف", "تضيف", "اوضح", "يوضح",
          "توضح", "اشار", "يشير", "تشير", "اعلن", "يعلن", "تعلن", "صرح", "يصرح", "تصرح", "افاد",
          "يفيد", "تفيد");

  /** True for a verb of saying ({@link #SAYING}), after a conjunction و or ف too (وقال). */
  static boolean saying(String key) {
    return SAYING.contains(key) || SAYING.contains(withoutConjunction(key, 3));
  }

  /** The object pronouns a verb takes as suffixes (him, her, them, them two, them f., you, us). */
  private static final String[] OBJECT_SUFFIXES = {"هما", "ها", "هم", "هن", "كم", "نا", "ه"};

  /**
   * True for a word whose key (after a conjunction و or ف) begins with ي, the prefix of the
   * third person of the imperfect, has six letters or more and ends in an object pronoun
   * (يحتاجها، يتهددها، يمكنهم، يقدمه، يعيدنا): a verb with its object. Nouns that begin with
   * ي are few (يوم، يد، يسار، يمين) and with a possessive suffix have five letters (يومنا،
   * يديها، يساره); ت and ن are left out, as they begin the masdars of forms II, V and VI and
   * many nouns (تحقيقها، تعاونه، نظامه).
   */
  static boolean imperfectWithObject(String key) {
    String bare = withoutConjunction(key, 6);
    return bare.length() >= 6 && bare.charAt(0) == 'ي' && Endings.any(bare, OBJECT_SUFFIXES);
  }

  /**
   * True for a word whose key (after a conjunction و or ف, when four letters or more remain) has
   * five to eight letters, no definite article, and ends in وا after a consonant: the
   * masculine plural of the perfect (قالوا، أكدوا، استشهدوا) or of the subjunctive and jussive
   * (يكونوا، يستطيعوا), whose alif is only written after that و. Excluded: four letters, as a
   * noun ending in و with the accusative tanwin is written so (نموا، عضوا), and وا after a
   * long vowel.
   */
  static boolean plural(String key) {
    String bare = withoutConjunction(key, 4);
    int n = bare.length();
    return n >= 5
        && n <= 8
        && bare.endsWith("وا")
        && !ArabicNames.hasArticle(bare)
        && "اوي".indexOf(bare.charAt(n - 3)) < 0;
  }

  /**
   * True for a word whose key (after a conjunction و or ف, when four letters or more remain) has
   * four to seven letters, no definite article, and ends in the suffix ت of the perfect tense
   * (third person feminine singular, or first or second person singular: رفضت، أعلنت، أصبحت،
   * استمرت، وقالت). Excluded, as nouns end so: the feminine plural ات (سيارات), -وت and -يت
   * (تابوت، توقيت، تصويت: nouns of the root's last letter); longer words are foreign names
   * (مايكروسوفت). A noun ending in the letter ت itself (بيت، وقت، صوت) has three letters.
   */
  static boolean perfect(String key) {
    String bare = withoutConjunction(key, 4);
    int n = bare.length();
    if (n < 4 || n > 7 || bare.charAt(n - 1) != 'ت' || ArabicNames.hasArticle(bare)) {
      return false;
    }
    char before = bare.charAt(n - 2);
    return before != 'ا' && before != 'و' && before != 'ي' && before != 'ى';
  }
}
