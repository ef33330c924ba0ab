package dev.kalima.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Abbreviations of one language that a full stop does not end a sentence after, read from the
 * resource {@code sentence-abbreviations-<lang>.txt} beside this class (none for a language
 * without such a file).
 *
 * <p>Each line is {@code <abbreviation without its final dot> <kind>}; {@code #} starts a comment.
 * Kinds:
 *
 * <ul>
 *   <li>{@code title}: stands before a name (Mr., Dr., M., г.); the stop never ends a sentence;
 *   <li>{@code place}: a place word that stands before a name, as a title (ул. Тверская, пр. Мира),
 *       or after an adjective that names the place (Тверская ул., Московская обл.), where it
 *       ends the name and may end the sentence, as {@code final};
 *   <li>{@code number}: stands before a number (No., p., Jan.); the stop ends no sentence when a
 *       digit follows;
 *   <li>{@code inner}: almost always inside a sentence (e.g., vs., cf.); the stop never ends one;
 *   <li>{@code final}: may end a sentence (etc., Inc.); the stop ends one only before a word that
 *       does not start in lower case.
 * </ul>
 *
 * Lookup is exact first, then on the case-folded form for entries written in lower case (so that
 * "Cf." matches "cf"), then, for a word in capitals, on its capitalized form ("PVT." matches
 * "Pvt").
 *
 * <p>ICU's own sentence-break suppressions for the language (the {@code exceptions/SentenceBreak}
 * list of its break-iterator data, the list {@link com.ibm.icu.text.FilteredBreakIteratorBuilder}
 * uses) come second: an abbreviation found only there counts as {@code inner}. They are matched
 * here as whole words, because ICU's filter matches them as suffixes ("assumer." ends with the
 * French "mer." for mercredi and loses its sentence break). Immutable and thread-safe.
 */
final class SentenceAbbreviations {

  /** How an abbreviation behaves before the next word. */
  enum Kind {
    TITLE,
    PLACE,
    NUMBER,
    INNER,
    FINAL
  }

  private static final String ICU_BREAK_DATA = "com/ibm/icu/impl/data/icudata/brkitr";

  private final Map<String, Kind> exact;
  private final Map<String, Kind> folded;
  /** ICU's suppressions without their final dot, keyed by their last word. */
  private final Map<String, List<String>> icu;

  private SentenceAbbreviations(
      Map<String, Kind> exact, Map<String, Kind> folded, Map<String, List<String>> icu) {
    this.exact = exact;
    this.folded = folded;
    this.icu = icu;
  }

  /** The list for an ISO 639-1 code; an empty list when kalima has none for it. */
  static SentenceAbbreviations forLanguage(String language) {
    String name = "sentence-abbreviations-" + language.toLowerCase(Locale.ROOT) + ".txt";
    Map<String, Kind> exact = new HashMap<>();
    Map<String, Kind> folded = new HashMap<>();
    try (InputStream in = SentenceAbbreviations.class.getResourceAsStream(name)) {
      if (in != null) {
        parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), exact, folded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    Map<String, List<String>> icu = new HashMap<>();
    for (String entry : icuSuppressions(language)) {
      String bare = entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry;
      String last = bare.substring(bare.lastIndexOf(' ') + 1);
      icu.computeIfAbsent(last, k -> new ArrayList<>()).add(bare);
    }
    icu.replaceAll((k, v) -> List.copyOf(v));
    return new SentenceAbbreviations(Map.copyOf(exact), Map.copyOf(folded), Map.copyOf(icu));
  }

  /** ICU's suppression list for exactly this language (no fallback to another language). */
  private static List<String> icuSuppressions(String language) {
    try {
      UResourceBundle bundle =
          UResourceBundle.getBundleInstance(ICU_BREAK_DATA, new ULocale(language));
      if (!bundle.getULocale().getLanguage().equals(new ULocale(language).getLanguage())) {
        return List.of();
      }
      return List.of(bundle.get("exceptions").get("SentenceBreak").getStringArray());
    } catch (MissingResourceException e) {
      return List.of();
    }
  }

  private static void parse(BufferedReader reader, Map<String, Kind> exact, Map<String, Kind> folded)
      throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException("bad abbreviation line: " + line);
      }
      Kind kind = Kind.valueOf(parts[1].toUpperCase(Locale.ROOT));
      exact.put(parts[0], kind);
      if (UCharacter.foldCase(parts[0], true).equals(parts[0])) {
        folded.put(parts[0], kind);
      }
    }
  }

  /** The kind of {@code word} (written without its final dot), or {@code null} if not listed. */
  Kind kind(String word) {
    Kind kind = exact.get(word);
    if (kind == null) {
      kind = folded.get(UCharacter.foldCase(word, true));
    }
    if (kind == null && word.length() > 1 && word.equals(UCharacter.toUpperCase(ULocale.ROOT, word))) {
      // "PVT." as "Pvt.", "DR." as "Dr.": an entry written with a capital, here in capitals
      String title = word.substring(0, 1) + UCharacter.toLowerCase(ULocale.ROOT, word.substring(1));
      kind = exact.get(title);
    }
    return kind;
  }

  /**
   * True when ICU's list has an abbreviation that ends at {@code dot} (the offset of its final
   * dot in {@code text}) and starts at a word start; {@code word} is the word just before the dot.
   */
  boolean icuSuppresses(String text, int dot, String word) {
    for (String entry : icu.getOrDefault(word, List.of())) {
      int start = dot - entry.length();
      if (start >= 0
          && text.startsWith(entry, start)
          && (start == 0 || UCharacter.isUWhiteSpace(text.codePointBefore(start))
              || "(«“\"'[".indexOf(text.charAt(start - 1)) >= 0)) {
        return true;
      }
    }
    return false;
  }
}
