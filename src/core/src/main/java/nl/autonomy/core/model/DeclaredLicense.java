package nl.autonomy.core.model;

/**
 * A license as the component itself declares it (POM {@code <license>}, package.json {@code
 * license}...). At least one of the fields is set.
 *
 * @param spdxExpression an SPDX id or expression when the declaration is one or maps to one
 * @param name the declared name as written
 * @param url the declared URL
 */
public record DeclaredLicense(String spdxExpression, String name, String url) {

  public DeclaredLicense {
    spdxExpression = blankToNull(spdxExpression);
    name = blankToNull(name);
    url = blankToNull(url);
    if (spdxExpression == null && name == null && url == null) {
      throw new IllegalArgumentException("a declared license needs an SPDX expression, a name or a URL");
    }
  }

  public static DeclaredLicense spdx(String expression) {
    return new DeclaredLicense(expression, null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
