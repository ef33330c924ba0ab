package dev.kalima.keywords;

import dev.kalima.analysis.NormalizationOptions;
import dev.kalima.analysis.TermAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Developer tool (not a test): runs a method over eval datasets until the CLI exists. */
public final class EvalRunner {

  public static void main(String[] args) throws IOException {
    Path eval = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Method method = Method.valueOf(args[2].toUpperCase(java.util.Locale.ROOT));
    double dedup = args.length > 3 ? Double.parseDouble(args[3]) : KeywordOptions.DEFAULT_DEDUP;
    List<Path> sets;
    try (Stream<Path> s = Files.list(eval)) {
      sets = s.filter(Files::isDirectory).sorted().toList();
    }
    long t0 = System.nanoTime();
    int docs = 0;
    for (Path set : sets) {
      String lang = Files.readString(set.resolve("lang.txt")).strip();
      TermAnalyzer analyzer =
          TermAnalyzer.create(lang, NormalizationOptions.DEFAULT, stopwords(lang), true);
      List<Path> files;
      try (Stream<Path> s = Files.list(set.resolve("docs"))) {
        files = s.sorted().toList();
      }
      CorpusCounts corpus = null;
      KeywordOptions opts = new KeywordOptions(method, 10, Integer.getInteger("ngram", 3), dedup, 0);
      if (method == Method.TFIDF || method == Method.KEYNESS) {
        KeywordExtractor counter = new KeywordExtractor(KeywordOptions.DEFAULT, analyzer, null);
        corpus = CorpusCounts.EMPTY;
        for (Path f : files) {
          corpus = corpus.merge(counter.count(f.toString(), paragraphs(f)));
        }
      }
      KeywordExtractor ex = new KeywordExtractor(opts, analyzer, corpus);
      Path dir = out.resolve(set.getFileName());
      Files.createDirectories(dir);
      for (Path f : files) {
        DocumentKeywords r = ex.extract(f.toString(), paragraphs(f));
        StringBuilder sb = new StringBuilder();
        for (Keyword k : r.keywords()) {
          sb.append(k.phrase()).append('\n');
        }
        Files.writeString(dir.resolve(f.getFileName()), sb.toString(), StandardCharsets.UTF_8);
        docs++;
      }
    }
    System.err.printf(
        java.util.Locale.ROOT, "%d docs in %.1f s%n", docs, (System.nanoTime() - t0) / 1e9);
  }

  static List<String> paragraphs(Path f) throws IOException {
    String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n[ \t]*\n")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  static Set<String> stopwords(String lang) throws IOException {
    String res =
        switch (lang) {
          case "en" -> "/org/apache/lucene/analysis/snowball/english_stop.txt";
          case "fr" -> "/org/apache/lucene/analysis/snowball/french_stop.txt";
          case "pt" -> "/org/apache/lucene/analysis/snowball/portuguese_stop.txt";
          case "ar" -> "/org/apache/lucene/analysis/ar/stopwords.txt";
          default -> null;
        };
    Set<String> out = new HashSet<>();
    String extra = System.getProperty("extraStop");
    if (extra != null && Files.exists(Path.of(extra + lang + ".txt"))) {
      out.addAll(Files.readAllLines(Path.of(extra + lang + ".txt")));
    }
    if (res == null || !Boolean.getBoolean("interimStop")) {
      return out;
    }
    try (InputStream in = org.apache.lucene.analysis.Analyzer.class.getResourceAsStream(res)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.replaceAll("\\|.*", "").strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
