package dev.kalima.cli;

import dev.kalima.analysis.NormalizationOptions;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How text becomes words: language, normalization and the user's stopwords; shared by every command. */
public final class AnalysisOptions {

  @ArgGroup(validate = false, heading = "%nAnalysis:%n", order = 20)
  Group group = new Group();

  /** The options, in their own help section. */
  static final class Group {

    @Option(
        names = {"-l", "--lang"},
        paramLabel = "LANG",
        defaultValue = "auto",
        converter = Converters.Language.class,
        description =
          "Language of the inputs as an ISO 639-1 code (ar, en, fr, ru, ...), or auto to detect it per document from its script and stopwords. Default: ${DEFAULT-VALUE}.")
    String lang = "auto";

    @Option(
        names = "--no-normalize",
        negatable = false,
        description = "Count words exactly as written (no case folding, no Arabic normalization).")
    boolean noNormalize;

    @Option(names = "--unify-ya", description = "Also fold Arabic alef maqsura into ya (ى → ي).")
    boolean unifyYa;

    @Option(names = "--unify-ta-marbuta", description = "Also fold Arabic ta marbuta into ha (ة → ه).")
    boolean unifyTaMarbuta;

    @Option(
        names = "--stopwords",
        paramLabel = "FILE",
        description = "More stopwords, one per line (UTF-8, # comments), normalized like the text. words: left out (implies --drop-stopwords); keywords: no phrase starts or ends with one.")
    Path stopwordsFile;

  }

  /** The forced language, or {@code null} for per-document detection. */
  public String language() {
    return "auto".equals(group.lang) ? null : group.lang;
  }

  public NormalizationOptions normalization() {
    return new NormalizationOptions(!group.noNormalize, group.unifyYa, group.unifyTaMarbuta);
  }


  public Path stopwordsFile() {
    return group.stopwordsFile;
  }


}
