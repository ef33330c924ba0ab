package dev.kalima.keywords;

import com.ibm.icu.lang.UCharacter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Corrects the part-of-speech tag of a proper noun that opens a sentence, by the
 * document-centred casing heuristic of Mikheev ("A knowledge-free method for capitalized word
 * disambiguation", ACL 1999): a capitalized word in a position where every word is capitalized
 * (the start of a sentence) is a proper noun when the same word occurs capitalized elsewhere in
 * the document in a position where case is free (not the start of a sentence), and never in
 * lower case.
 *
 * <p>Taggers trained on sentences mark such a word by its context only, and a name the model
 * has not seen often gets the tag of a sentence-initial adverb or verb ("Stieg Larsson's
 * trilogy ..."), so the name drops out of the noun-phrase candidates. For each tagged word that
 * opens its sentence, has a capital first letter and no other capital, is not a stopword or a
 * number, and is tagged neither PROPN nor a possessive, the tag becomes PROPN when:
 *
 * <ul>
 *   <li>a word with the same key occurs, not at the start of a sentence, capitalized the same way;
 *   <li>no word with the same key occurs with a lower-case first letter anywhere in the text.
 * </ul>
 *
 * Untagged words and all other words are left as they are.
 */
final class SentenceInitialNames {

  private SentenceInitialNames() {}

  /** Applies the correction to the words of a whole text, in place. */
  static void retag(List<Word> words) {
    Set<String> capitalizedInside = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    boolean any = false;
    for (Word w : words) {
      if (w.pos() == null) {
        continue;
      }
      if (Yake.isCapitalized(w.surface())) {
        if (!w.firstInSentence()) {
          capitalizedInside.add(w.key());
        } else {
          any = true;
        }
      } else if (startsLowerCase(w.surface())) {
        lowerCase.add(w.key());
      }
    }
    if (!any) {
      return;
    }
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.pos() != null
          && w.firstInSentence()
          && !"PROPN".equals(w.pos())
          && !CandidateExtractor.possessive(w.pos())
          && !w.stopword()
          && !w.number()
          && Yake.isCapitalized(w.surface())
          && capitalizedInside.contains(w.key())
          && !lowerCase.contains(w.key())) {
        words.set(i, w.withPos("PROPN"));
      }
    }
  }

  private static boolean startsLowerCase(String s) {
    return !s.isEmpty() && UCharacter.isULowercase(s.codePointAt(0));
  }
}
