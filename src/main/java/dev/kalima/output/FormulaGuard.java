package dev.kalima.output;

/**
 * Defuses spreadsheet formulas in text cells (CSV and TSV with {@link RenderOptions#safeCsv()}),
 * following the OWASP advice on CSV injection: a text value starting with '=', '+', '-', '@', tab
 * or carriage return gets a single quote (') in front, so a spreadsheet shows it as text instead
 * of evaluating it. Numeric cells are never passed here, so a negative number stays a number.
 */
final class FormulaGuard {

  private FormulaGuard() {}

  static String guard(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }
}
