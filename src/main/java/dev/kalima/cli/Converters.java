package dev.kalima.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Typed option converters, so commands never parse strings. */
final class Converters {

  private Converters() {}

  /** A whole number of at least 1. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = parse(value);
      if (n < 1) {
        throw new TypeConversionException("'" + value + "' must be a whole number of at least 1");
      }
      return n;
    }
  }

  /** A whole number of at least 0. */
  static final class NonNegative implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = parse(value);
      if (n < 0) {
        throw new TypeConversionException("'" + value + "' must be a whole number of at least 0");
      }
      return n;
    }
  }

  /**
   * A decimal number from 0 to 1 written with digits and at most one '.' (0, 1, 0.5, .5); NaN,
   * infinities, exponents and a decimal comma are refused with the range in the message.
   */
  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String v = value.trim();
      if (v.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
        double d = Double.parseDouble(v);
        if (d <= 1) {
          return d;
        }
      }
      throw new TypeConversionException("'" + value + "' must be a number from 0 to 1, such as 0.5");
    }
  }

  /** A thread count: 1 or more, or 0 for "all cores". */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = parse(value);
      if (n < 0 || n > 1024) {
        throw new TypeConversionException("'" + value + "' must be between 1 and 1024 (0 = all cores)");
      }
      return n;
    }
  }

  /**
   * A file name that is not empty: Path.of("") is the working directory, so {@code -o ""} (an
   * unset variable) would be reported as "cannot write : is a directory".
   */
  static final class FileName implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isEmpty()) {
        throw new TypeConversionException("the file name is empty");
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException("'" + value + "' is no valid file name: " + e.getReason());
      }
    }
  }

  /** A character set known to this Java runtime. */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException(
            "unknown encoding '" + value + "' (for example: UTF-8, windows-1256, ISO-8859-6, UTF-16)");
      }
    }
  }

  /** "auto", or a language code kalima accepts ({@link dev.kalima.analysis.Languages#isValid}). */
  static final class Language implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String code = lower(value.trim());
      if (code.equals("auto")) {
        return code;
      }
      if (dev.kalima.analysis.Languages.isValid(code)) {
        return dev.kalima.analysis.Languages.canonical(code);
      }
      throw new TypeConversionException(
          "unknown language '" + value + "': use auto or an ISO 639 code; with stopwords and stemming: "
              + String.join(", ", dev.kalima.analysis.Languages.known()));
    }
  }

  /**
   * Enum values by their lower-case names, matched case-insensitively; also the list of those
   * names, for the help and shell completion.
   */
  abstract static class LowerEnum<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;

    LowerEnum(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value.trim())) {
          return e;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not one of " + String.join(", ", this));
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(type.getEnumConstants()).map(e -> lower(e.name())).iterator();
    }
  }

  /** The formats by name, and md for markdown, ndjson for jsonl. */
  static final class FormatConverter extends LowerEnum<dev.kalima.output.Format> {
    FormatConverter() {
      super(dev.kalima.output.Format.class);
    }

    @Override
    public dev.kalima.output.Format convert(String value) {
      return switch (lower(value.trim())) {
        case "md" -> dev.kalima.output.Format.MARKDOWN;
        case "ndjson" -> dev.kalima.output.Format.JSONL;
        default -> super.convert(value);
      };
    }
  }


  static final class HtmlConverter extends LowerEnum<dev.kalima.io.DecodeOptions.Html> {
    HtmlConverter() {
      super(dev.kalima.io.DecodeOptions.Html.class);
    }
  }


  static final class SortConverter extends LowerEnum<dev.kalima.stats.WordsReport.Sort> {
    SortConverter() {
      super(dev.kalima.stats.WordsReport.Sort.class);
    }
  }


  /**
   * The int {@code value} spells; a whole number outside the int range is "too large" (or too
   * small), anything else "not a whole number".
   */
  private static int parse(String value) {
    String v = value.trim();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      if (v.matches("[+-]?[0-9]+")) {
        throw new TypeConversionException(
            v.startsWith("-")
                ? "'" + value + "' is too small"
                : "'" + value + "' is too large (at most " + Integer.MAX_VALUE + ")");
      }
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
