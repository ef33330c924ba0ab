package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;
import static dev.kalima.cli.Specs.section;

import dev.kalima.analysis.NormalizationOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How text becomes words: language, normalization and, for the commands that use stopwords
 * (words, keywords), the user's stopwords; shared by every command.
 */
public final class AnalysisOptions {

  /** Whether the command offers --stopwords. */
  private final boolean offersStopwords;

  String lang = "auto";
  boolean noNormalize;
  boolean unifyYa;
  boolean unifyTaMarbuta;
  Path stopwordsFile;

  /** The options with --stopwords, for commands that leave stopwords out (words, keywords). */
  AnalysisOptions() {
    this(true);
  }

  private AnalysisOptions(boolean offersStopwords) {
    this.offersStopwords = offersStopwords;
  }

  /**
   * The options without --stopwords, for a command none of whose figures depends on stopwords
   * (sentences): {@link #stopwordsFile()} is then always {@code null}.
   */
  static AnalysisOptions withoutStopwords() {
    return new AnalysisOptions(false);
  }

  /**
   * Adds the options to {@code spec}, in their own help section: --lang, --no-normalize,
   * --unify-ya, --unify-ta-marbuta and, if the command offers it, --stopwords.
   */
  void addTo(CommandSpec spec) {
    List<OptionSpec> options = new ArrayList<>();
    options.add(
        option(this, "lang", "-l", "--lang")
            .paramLabel("LANG")
            .defaultValue("auto")
            .converters(new Converters.Language())
            .description(
                "Language of the inputs as an ISO 639-1 code (ar, en, fr, ru, ...), or auto to detect it per document from its script and stopwords. Default: ${DEFAULT-VALUE}.")
            .build());
    options.add(
        option(this, "noNormalize", "--no-normalize")
            .negatable(false)
            .description("Count words exactly as written (no case folding, no Arabic normalization).")
            .build());
    options.add(
        option(this, "unifyYa", "--unify-ya")
            .description("Also fold Arabic alef maqsura into ya (ى → ي).")
            .build());
    options.add(
        option(this, "unifyTaMarbuta", "--unify-ta-marbuta")
            .description("Also fold Arabic ta marbuta into ha (ة → ه).")
            .build());
    if (offersStopwords) {
      options.add(
          option(this, "stopwordsFile", "--stopwords")
              .paramLabel("FILE")
              .description(
                  "More stopwords, one per line (UTF-8, # comments), normalized like the text. words: left out (implies --drop-stopwords); keywords: no phrase starts or ends with one.")
              .build());
    }
    spec.addArgGroup(section("%nAnalysis:%n", 20, options.toArray(new OptionSpec[0])));
  }

  /** The forced language, or {@code null} for per-document detection. */
  public String language() {
    return "auto".equals(lang) ? null : lang;
  }

  public NormalizationOptions normalization() {
    return new NormalizationOptions(!noNormalize, unifyYa, unifyTaMarbuta);
  }

  /** The file of --stopwords, or {@code null} when none was given or the command has no such option. */
  public Path stopwordsFile() {
    return stopwordsFile;
  }
}
