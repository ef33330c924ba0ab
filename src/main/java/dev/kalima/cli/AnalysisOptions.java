package dev.kalima.cli;

import static dev.kalima.cli.Specs.option;
import static dev.kalima.cli.Specs.section;

import dev.kalima.analysis.NormalizationOptions;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** How text becomes words: language, normalization and the user's stopwords; shared by every command. */
public final class AnalysisOptions {

  String lang = "auto";
  boolean noNormalize;
  boolean unifyYa;
  boolean unifyTaMarbuta;
  Path stopwordsFile;

  /** Adds the options to {@code spec}, in their own help section. */
  void addTo(CommandSpec spec) {
    spec.addArgGroup(
        section(
            "%nAnalysis:%n",
            20,
            option(this, "lang", "-l", "--lang")
                .paramLabel("LANG")
                .defaultValue("auto")
                .converters(new Converters.Language())
                .description(
                    "Language of the inputs as an ISO 639-1 code (ar, en, fr, ru, ...), or auto to detect it per document from its script and stopwords. Default: ${DEFAULT-VALUE}.")
                .build(),
            option(this, "noNormalize", "--no-normalize")
                .negatable(false)
                .description("Count words exactly as written (no case folding, no Arabic normalization).")
                .build(),
            option(this, "unifyYa", "--unify-ya")
                .description("Also fold Arabic alef maqsura into ya (ى → ي).")
                .build(),
            option(this, "unifyTaMarbuta", "--unify-ta-marbuta")
                .description("Also fold Arabic ta marbuta into ha (ة → ه).")
                .build(),
            option(this, "stopwordsFile", "--stopwords")
                .paramLabel("FILE")
                .description(
                    "More stopwords, one per line (UTF-8, # comments), normalized like the text. words: left out (implies --drop-stopwords); keywords: no phrase starts or ends with one.")
                .build()));
  }

  /** The forced language, or {@code null} for per-document detection. */
  public String language() {
    return "auto".equals(lang) ? null : lang;
  }

  public NormalizationOptions normalization() {
    return new NormalizationOptions(!noNormalize, unifyYa, unifyTaMarbuta);
  }

  public Path stopwordsFile() {
    return stopwordsFile;
  }
}
