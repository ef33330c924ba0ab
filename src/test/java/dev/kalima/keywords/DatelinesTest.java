package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DatelinesTest {

  private static String dateline(String paragraph) {
    return paragraph.substring(0, Datelines.end(paragraph));
  }

  @Test
  void aPlaceInCapitalsAndACreditBeforeADash() {
    assertEquals("WASHINGTON (Reuters) - ", dateline("WASHINGTON (Reuters) - The Senate voted."));
    assertEquals("LOS ANGELES (AP) — ", dateline("LOS ANGELES (AP) — Penelope Cruz got a star."));
    assertEquals("SAN FRANCISCO - ", dateline("SAN FRANCISCO - Apple said on Monday."));
    assertEquals("NEW YORK (CNNMoney) - ", dateline("NEW YORK (CNNMoney) - Stocks fell."));
    assertEquals("PARIS (AFP) -- ", dateline("PARIS (AFP) -- Le gouvernement a annoncé."));
    // with the date
    assertEquals("WASHINGTON, Dec 5 (Reuters) - ", dateline("WASHINGTON, Dec 5 (Reuters) - The"));
    assertEquals("PARIS, 12 mars (AFP) - ", dateline("PARIS, 12 mars (AFP) - Le gouvernement"));
    assertEquals(
        "NEW YORK, March 3, 2012 (Reuters) - ",
        dateline("NEW YORK, March 3, 2012 (Reuters) - Stocks fell."));
    assertEquals("Paris, 12 mars (AFP) - ", dateline("Paris, 12 mars (AFP) - Le gouvernement"));
  }

  @Test
  void anyScriptWithACredit() {
    assertEquals("القاهرة (رويترز) - ", dateline("القاهرة (رويترز) - قالت الحكومة المصرية"));
    assertEquals("Paris (AFP) - ", dateline("Paris (AFP) - Le gouvernement a annoncé."));
    assertEquals("(AP) — ", dateline("(AP) — The company said."));
    assertEquals("موسكو (أ ف ب) — ", dateline("موسكو (أ ف ب) — أعلن الكرملين"));
  }

  @Test
  void noDatelineElsewhere() {
    // a capitalized word is no place in capitals; a credit needs its parentheses
    assertEquals("", dateline("Washington - The Senate voted."));
    assertEquals("", dateline("القاهرة - قالت الحكومة"));
    // the dash must follow at once: capitals opening a sentence are no dateline
    assertEquals("", dateline("NATO said on Monday - and repeated - that"));
    assertEquals("", dateline("The Senate (in session) - voted."));
    // a hyphen inside a word is no dash
    assertEquals("", dateline("COVID-19 cases rose."));
    assertEquals("", dateline("A - B"));
  }

  @Test
  void theWordsOfADatelineAreNoCandidates() {
    List<String> k =
        Texts.candidateKeys("en", "WASHINGTON (Reuters) - The Senate voted, Reuters reported.");
    assertFalse(k.contains("washington"), k.toString());
    assertTrue(k.contains("senate"), k.toString());
    // the agency named in the story itself is a word like any other
    assertTrue(k.contains("reuters"), k.toString());
    List<String> ar = Texts.candidateKeys("ar", "القاهرة (رويترز) - قالت الحكومة المصرية");
    assertFalse(ar.contains("القاهرة"), ar.toString());
    assertFalse(ar.contains("رويترز"), ar.toString());
    assertTrue(ar.contains("الحكومة المصرية"), ar.toString());
  }
}
