package dev.kalima.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * Tagging through the per-word feature index gives the tags of the context generator's names,
   * sentence by sentence, over whole news texts (every word as our tokenizer cuts it).
   */
  private static void indexedTagsAreThoseOfTheContextGenerator(String resource, String text)
      throws IOException {
    try (InputStream in = GreedyMaxentDecoderTest.class.getResourceAsStream(resource)) {
      POSModel loaded = new POSModel(in);
      AbstractModel maxent = loaded.getArtifact("pos.model");
      GreedyMaxentDecoder decoder =
          new GreedyMaxentDecoder(maxent, loaded.getFactory().createFeatureGenerators());
      POSTaggerME tagger =
          new POSTaggerME(new POSModel(loaded.getLanguage(), decoder, null, loaded.getFactory()));
      Object[] cache = {decoder.newCache().orElseThrow()};
      WordTokenizer tokenizer = new WordTokenizer(new com.ibm.icu.util.ULocale(loaded.getLanguage()));
      int sentences = 0;
      for (String line : text.split("[.!?\\n]+")) {
        String[] words = tokenizer.tokenize(line).stream().map(Token::text).toArray(String[]::new);
        String[] plain = tagger.tag(words);
        assertArrayEquals(plain, tagger.tag(words, cache), line);
        assertArrayEquals(plain, tagger.tag(words, cache), line); // cached words too
        sentences++;
      }
      assertTrue(sentences > 5);
    }
  }

  private static String example(String name) throws IOException {
    return Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
  }

  @Test
  void englishIndexedTagsAreThoseOfTheContextGenerator() throws IOException {
    indexedTagsAreThoseOfTheContextGenerator(
        "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
        example("en-news.txt")
            + " A B C. I. U.S. 2.5% well-known , ; -- \u00e9t\u00e9 ALL-CAPS MiXeD 1990s x"
            + " The cat sat. Yes.");
  }

  @Test
  void frenchIndexedTagsAreThoseOfTheContextGenerator() throws IOException {
    indexedTagsAreThoseOfTheContextGenerator(
        "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin",
        example("fr-news.txt") + " L'homme aujourd'hui. Y a-t-il 3,5 % de plus ?");
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
