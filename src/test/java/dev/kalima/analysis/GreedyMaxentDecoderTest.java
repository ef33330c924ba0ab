package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The greedy decoder picks the tags of OpenNLP's own beam search of size 1. */
class GreedyMaxentDecoderTest {

  private static void sameTagsAsBeamSearch(String resource, String... sentences)
      throws IOException {
    try (InputStream in = GreedyMaxentDecoderTest.class.getResourceAsStream(resource)) {
      POSModel loaded = new POSModel(in);
      MaxentModel maxent = loaded.getArtifact("pos.model");
      POSTaggerME beam =
          new POSTaggerME(new POSModel(loaded.getLanguage(), maxent, 1, null, loaded.getFactory()));
      POSTaggerME greedy =
          new POSTaggerME(
              new POSModel(
                  loaded.getLanguage(),
                  new GreedyMaxentDecoder((AbstractModel) maxent),
                  null,
                  loaded.getFactory()));
      for (String s : sentences) {
        String[] words = s.split(" ");
        assertArrayEquals(beam.tag(words), greedy.tag(words), s);
      }
    }
  }

  @Test
  void englishTagsAreThoseOfBeamSearch() throws IOException {
    sameTagsAsBeamSearch(
        "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
        "The Russian security council secretary met the Libyan commander in Moscow on Thursday",
        "We propose a fast algorithm for sparse matrix factorization , and it runs in linear time",
        "Time flies like an arrow ; fruit flies like a banana",
        "She said that the 2025 budget would not be approved before May");
  }

  @Test
  void frenchTagsAreThoseOfBeamSearch() throws IOException {
    sameTagsAsBeamSearch(
        "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin",
        "La politique étrangère de la France change depuis 2017",
        "Les ministres se sont réunis à Bruxelles pour discuter du budget européen");
  }
}
