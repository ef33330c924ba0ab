package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UCharacter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** The ICU-free fast path of {@link TermNormalizer#normalize} against the ICU path. */
class TermNormalizerProperties {

  /** Plain chars, ASCII capitals, and chars next to them that normalization changes or joins. */
  private static final String PIECES =
      "abczAIZ09 -'.İıß éè\u0301\u0308ﬁ²½ ’ʼ‘′"
          + "ابتثجحخدذرزسشصضطظعغفقكلمنهوءئؤيىةأإآٱٲٳ\u0653\u0654\u0655"
          + "\u064B\u064E\u0651\u0652\u0670\u0640\u0610\u06D6\u06DD٠١٢۳٫٬\u200C\u200D\u200F"
          + "\uFEFB\uFE8Dپچژگکیەێۆٹڈں ΣΆάϊ ёЁйИ\u0306 中かカ한\u1100\u1161";

  @Provide
  Arbitrary<String> forms() {
    Arbitrary<String> pieces =
        Arbitraries.of(PIECES.codePoints().mapToObj(Character::toString).toList());
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> plainForms() {
    Arbitrary<String> pieces =
        Arbitraries.of("abcxyzABIXZ0189-'ابتةكيىلمهوءئؤأإآٱٲٳـ٠٩۰۹٫٬άίϊΐёЁеЕя\u064B\u064E\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0670".codePoints()
            .mapToObj(Character::toString).toList());
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
  }

  private static final List<NormalizationOptions> OPTIONS =
      List.of(NormalizationOptions.DEFAULT, new NormalizationOptions(true, true, true));

  private static final List<String> LANGUAGES = List.of("und", "ar", "fa", "tr", "el", "en", "ru");

  private static void check(String form) {
    for (NormalizationOptions options : OPTIONS) {
      for (String lang : LANGUAGES) {
        TermNormalizer n = new TermNormalizer(options, lang);
        String folded = form;
        if ("tr".equals(lang) && (form.contains("I") || form.contains("\u0130"))) {
          folded = UCharacter.foldCase(form, UCharacter.FOLD_CASE_EXCLUDE_SPECIAL_I);
        }
        assertEquals(n.normalizeWithIcu(folded), n.normalize(form), lang + " " + options + " " + form);
      }
    }
  }

  @Property(tries = 1000)
  void mixedFormsKeyAsWithIcu(@ForAll("forms") String form) {
    check(form);
  }

  @Property(tries = 1000)
  void plainFormsKeyAsWithIcu(@ForAll("plainForms") String form) {
    check(form);
  }

  @Property(tries = 500)
  void anyFormKeysAsWithIcu(@ForAll @StringLength(max = 20) String form) {
    check(form);
  }

  /** Every single char of the table's range, alone, after a letter and before mapped chars. */
  @Example
  void everySmallCharKeysAsWithIcu() {
    for (char c = 0; c < 0x0800; c++) {
      check(String.valueOf(c));
      check("a" + c);
      check("\u0627" + c);
      check(c + "b");
      check("\u0623" + c + "\u0640");
      check(c + "\u0661");
      check(c + "\u064E");
      check("\u0627\u064E" + c);
      check("\u0627\u0651" + c + "\u064E");
    }
  }
}
