package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Title-case lines ("Phish Phavors New York With 3-Day Phestival In Phinger Lakes"), the
 * headlines of news, capitalize every word, so their capitals say nothing about which words are
 * names, and a tagger trained on sentence case tags the whole line as one run of proper nouns
 * ("Audio Reveals Rajaratnam", "Karlie Kloss Show Teen Vogue"). Before tagging, such a line is
 * truecased from the document itself (Mikheev 1999, "A knowledge-free method for capitalized
 * word disambiguation"; Lita et al. 2003, "tRuEcasIng"): a capitalized word whose key occurs
 * elsewhere in the text in lower case is given to the tagger in lower case; the other words
 * keep their capitals (names are never written in lower case). Only the tagger's input changes:
 * the words keep their surface forms.
 */
final class TitleCase {

  private TitleCase() {}

  /** The keys of the words written with a lower-case first letter anywhere in the text. */
  static Set<String> lowerCaseKeys(List<Word> words) {
    Set<String> out = new HashSet<>();
    for (Word w : words) {
      if (startsLowerCase(w.surface())) {
        out.add(w.key());
      }
    }
    return out;
  }

  /**
   * True for a title-case sentence: at least two words after the first begin with a letter, and
   * every one of them begins with a capital (stopwords included: "With", "In").
   */
  static boolean titleCase(List<Word> sentence) {
    int lettered = 0;
    for (int i = 1; i < sentence.size(); i++) {
      String s = sentence.get(i).surface();
      if (s.isEmpty() || !UCharacter.isLetter(s.codePointAt(0))) {
        continue;
      }
      if (!UCharacter.isUUppercase(s.codePointAt(0))) {
        return false;
      }
      lettered++;
    }
    return lettered >= 2;
  }

  /**
   * The forms to give the tagger for one sentence: the surfaces, except in a title-case sentence,
   * where each capitalized word ({@link Yake#isCapitalized}) whose key is in {@code lowerCase}
   * is lower-cased.
   */
  static List<String> taggerInput(List<Word> sentence, Set<String> lowerCase) {
    boolean title = titleCase(sentence);
    List<String> out = new ArrayList<>(sentence.size());
    for (Word w : sentence) {
      String s = w.surface();
      if (title && Yake.isCapitalized(s) && lowerCase.contains(w.key())) {
        s = UCharacter.toLowerCase(ULocale.ROOT, s);
      }
      out.add(s);
    }
    return out;
  }

  private static boolean startsLowerCase(String s) {
    return !s.isEmpty() && UCharacter.isULowercase(s.codePointAt(0));
  }
}
