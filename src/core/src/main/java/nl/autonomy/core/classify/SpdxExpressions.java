package nl.autonomy.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.autonomy.core.model.LicenseCategory;

/**
 * Just enough of the SPDX expression grammar to judge one: {@code OR} is a choice (the freest
 * option counts), {@code AND} is a sum (the most restrictive counts), {@code WITH} keeps the base
 * license's category except that a linking exception (Classpath) lowers strong copyleft to weak.
 */
final class SpdxExpressions {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9.+-]+(:[A-Za-z0-9.+-]+)?");
  private static final Pattern EXPRESSION = Pattern.compile(
      "\\(?\\s*[A-Za-z0-9.:+-]+(\\s+(AND|OR|WITH)\\s+\\(?\\s*[A-Za-z0-9.:+-]+\\s*\\)?)*\\s*\\)?");
  private static final List<String> LINKING_EXCEPTIONS =
      List.of("classpath-exception-2.0", "universal-foss-exception-1.0", "llvm-exception", "gcc-exception-3.1");

  private SpdxExpressions() {
  }

  /** A single SPDX-looking id ({@code Apache-2.0}) or a compound expression ({@code MIT OR GPL-2.0-only}). */
  static boolean looksLikeExpression(String text) {
    String t = text.strip();
    boolean compound = t.contains(" OR ") || t.contains(" AND ") || t.contains(" WITH ");
    return compound ? EXPRESSION.matcher(t).matches() && ids(t).stream().allMatch(SpdxExpressions::plausibleId)
        : false;
  }

  /** An id of the SPDX license list (the one list, {@link SpdxLicenseList}), or a LicenseRef. */
  private static boolean plausibleId(String id) {
    String bare = id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
    return ID.matcher(id).matches() && SpdxLicenseList.shipped().isId(bare);
  }

  /** The license ids an expression names, exceptions excluded. */
  static List<String> ids(String expression) {
    List<String> ids = new ArrayList<>();
    String[] tokens = tokens(expression);
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.equals("WITH")) {
        i++;
      } else if (!t.equals("AND") && !t.equals("OR") && !t.equals("(") && !t.equals(")")) {
        ids.add(t);
      }
    }
    return ids;
  }

  /** The category of an expression, looking single ids up with {@code categoryOf}. */
  static LicenseCategory category(String expression, Function<String, LicenseCategory> categoryOf) {
    Parser p = new Parser(tokens(expression), categoryOf);
    LicenseCategory c = p.or();
    return p.pos == p.tokens.length ? c : LicenseCategory.UNKNOWN;
  }

  private static String[] tokens(String expression) {
    return expression.replace("(", " ( ").replace(")", " ) ").strip().split("\\s+");
  }

  private static final class Parser {
    private final String[] tokens;
    private final Function<String, LicenseCategory> categoryOf;
    private int pos;

    Parser(String[] tokens, Function<String, LicenseCategory> categoryOf) {
      this.tokens = tokens;
      this.categoryOf = categoryOf;
    }

    LicenseCategory or() {
      LicenseCategory c = and();
      while (pos < tokens.length && tokens[pos].equalsIgnoreCase("OR")) {
        pos++;
        c = freer(c, and());
      }
      return c;
    }

    LicenseCategory and() {
      LicenseCategory c = with();
      while (pos < tokens.length && tokens[pos].equalsIgnoreCase("AND")) {
        pos++;
        c = stricter(c, with());
      }
      return c;
    }

    LicenseCategory with() {
      LicenseCategory c = atom();
      if (pos < tokens.length && tokens[pos].equalsIgnoreCase("WITH")) {
        pos++;
        String exception = pos < tokens.length ? tokens[pos++] : "";
        if (c == LicenseCategory.COPYLEFT && LINKING_EXCEPTIONS.contains(exception.toLowerCase(Locale.ROOT))) {
          c = LicenseCategory.WEAK_COPYLEFT;
        }
      }
      return c;
    }

    LicenseCategory atom() {
      if (pos >= tokens.length) {
        return LicenseCategory.UNKNOWN;
      }
      String t = tokens[pos++];
      if (t.equals("(")) {
        LicenseCategory c = or();
        if (pos < tokens.length && tokens[pos].equals(")")) {
          pos++;
        }
        return c;
      }
      return categoryOf.apply(t);
    }
  }

  /** A choice: the freest known option; unknown only when every option is. */
  static LicenseCategory freer(LicenseCategory a, LicenseCategory b) {
    if (a == LicenseCategory.UNKNOWN) {
      return b;
    }
    if (b == LicenseCategory.UNKNOWN) {
      return a;
    }
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** Both apply: the most restrictive; unknown when either is. */
  static LicenseCategory stricter(LicenseCategory a, LicenseCategory b) {
    if (a == LicenseCategory.UNKNOWN || b == LicenseCategory.UNKNOWN) {
      return LicenseCategory.UNKNOWN;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
