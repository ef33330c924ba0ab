package dev.kalima.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

  @Test
  void findsCandidatesByTheCharactersOfABuilderAndKeepsTheirOrder() {
    CandidateIndex index = new CandidateIndex();
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < 500; i++) { // past several growths of the table
      Candidate c = new Candidate("word" + i + " الكلمة", "stem" + i, 2);
      index.add(c);
      added.add(c);
    }
    assertEquals(added, index.inOrder());
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      key.setLength(0);
      key.append("word").append(i).append(' ').append("الكلمة");
      assertSame(added.get(i), index.get(key));
    }
    assertNull(index.get(new StringBuilder("word500 الكلمة")));
    assertNull(index.get(new StringBuilder("word1")));
  }

  @Test
  void candidateCountsItsFormsAndKeepsTheFirstOnTies() {
    Candidate c = new Candidate("oil prices", "oil price", 2);
    c.add(3, new StringBuilder("Oil prices"), false);
    c.add(9, new StringBuilder("oil prices"), false);
    assertEquals("Oil prices", c.surface()); // 1 each: the first seen
    c.add(20, new StringBuilder("oil prices"), false);
    assertEquals("oil prices", c.surface());
    assertEquals(3, c.count());
    assertEquals(9, c.start(1));
    assertEquals(true, c.startsAt(20));
    assertEquals(false, c.startsAt(4));
  }
}
