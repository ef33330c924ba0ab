package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void knownListsLuceneLanguagesSorted() {
    List<String> known = Languages.known();
    assertTrue(known.containsAll(List.of("ar", "bg", "ca", "ckb", "cs", "de", "en", "fa", "fr",
        "hi", "ru", "sr", "th", "tr")));
    List<String> sorted = new ArrayList<>(known);
    sorted.sort(null);
    assertEquals(sorted, known);
  }

  @Test
  void everyKnownLanguageHasStopwords() {
    for (Language l : Languages.all()) {
      assertTrue(l.stopwords().size() >= 10, l.code());
      assertFalse(l.englishName().equals(l.code()), l.code());
    }
  }

  @Test
  void englishUsesTheSnowballList() {
    // Lucene's EnglishAnalyzer default has 33 words and no "myself"; Snowball's has both.
    assertTrue(Languages.get("en").stopwords().contains("myself"));
    assertTrue(Languages.get("en").stopwords().size() > 150);
  }

  @Test
  void arabicListIsNormalized() {
    Language ar = Languages.get("ar");
    assertTrue(ar.rawStopwords().contains("أن"));
    assertFalse(ar.stopwords().contains("أن"));
    assertTrue(ar.stopwords().contains("ان"));
  }

  @Test
  void stopwordsFollowTheOptions() {
    TermNormalizer yaUnified = new TermNormalizer(new NormalizationOptions(true, true, false), "ar");
    assertTrue(Languages.get("ar").stopwords(yaUnified).contains("الي"));
    assertTrue(Languages.get("ar").stopwords().contains("الى"));
  }

  @Test
  void englishNames() {
    assertEquals("Arabic", Languages.get("ar").englishName());
    assertEquals("French", Languages.get("fr").englishName());
  }

  @Test
  void validCodes() {
    assertTrue(Languages.isValid("ar"));
    assertTrue(Languages.isValid("AR"));
    assertTrue(Languages.isValid("ar-EG"));
    assertTrue(Languages.isValid("ja"));
    assertTrue(Languages.isValid("ckb"));
    assertTrue(Languages.isValid("fil"));
    assertTrue(Languages.isValid("und"));
  }

  @Test
  void threeLetterCodesOfKnownLanguagesAreTheirTwoLetterCodes() {
    // ISO 639-2/T, 639-2/B and 639-3 codes, as library and archive metadata write them
    assertEquals("fr", Languages.canonical("fra"));
    assertEquals("fr", Languages.canonical("fre"));
    assertEquals("ru", Languages.canonical("RUS"));
    assertEquals("ar", Languages.canonical("ara"));
    assertEquals("de", Languages.canonical("ger"));
    assertTrue(Languages.get("rus").stopwords().contains("и"));
    assertEquals("fr", Languages.locale("fra").getLanguage());
    // codes without a two-letter one, and the two-letter ones, stay as given
    assertEquals("ckb", Languages.canonical("ckb"));
    assertEquals("fil", Languages.canonical("fil"));
    assertEquals("und", Languages.canonical("und"));
    assertEquals("iw", Languages.canonical("iw"));
  }

  @Test
  void invalidCodes() {
    assertFalse(Languages.isValid("xx"));
    assertFalse(Languages.isValid(""));
    assertFalse(Languages.isValid("english"));
    assertFalse(Languages.isValid("a1"));
  }

  @Test
  void unknownValidCodeHasLocaleButNoListOrStemmer() {
    Language ja = Languages.get("ja");
    assertEquals("ja", ja.locale().getLanguage());
    assertFalse(ja.hasStopwords());
    assertFalse(ja.hasStemmer());
  }

  @Test
  void invalidCodeMessageListsChoices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Languages.get("xx"));
    assertTrue(e.getMessage().contains("ar, bg"), e.getMessage());
  }

  @Test
  void stemmersAreIndependentInstances() {
    Stemmer a = Languages.get("en").newStemmer();
    Stemmer b = Languages.get("en").newStemmer();
    assertEquals("run", a.stem("running"));
    assertEquals("connect", b.stem("connected"));
  }

  @Test
  void luceneCharStemmersWork() {
    assertEquals("книг", Languages.get("bg").newStemmer().stem("книги"));
  }

  @Test
  void polishHasLucenesStopwordsAndStempel() {
    Language pl = Languages.get("pl");
    assertTrue(pl.stopwords().contains("jest"));
    assertTrue(pl.stopwords().contains("dla"));
    assertTrue(pl.hasStemmer());
    Stemmer stempel = pl.newStemmer();
    // two case forms of "book" (książka: nominative, książki: genitive) share one stem
    assertEquals(stempel.stem("książka"), stempel.stem("książki"));
  }
}
