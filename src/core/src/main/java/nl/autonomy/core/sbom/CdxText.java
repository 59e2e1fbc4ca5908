package nl.autonomy.core.sbom;

/**
 * Text from scanned files may hold characters XML 1.0 cannot carry at all (control characters,
 * lone surrogates), which would make the XML BOM impossible to write. Every string that goes into
 * the BOM passes here, for JSON too, so that both formats describe the same BOM. Such characters
 * become U+FFFD; tab, line feed and carriage return stay.
 */
final class CdxText {

  private CdxText() {
  }

  static String clean(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      sb.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!allowed(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** CycloneDX's limit on a version (the schema's {@code maxLength}). */
  static final int MAX_VERSION = 1024;

  /**
   * A version the schema accepts: cleaned, and cut to {@value #MAX_VERSION} characters (ending in
   * an ellipsis) when longer; {@link #isCut} tells whether a note is due.
   */
  static String version(String version) {
    String clean = clean(version);
    if (clean == null || clean.length() <= MAX_VERSION) {
      return clean;
    }
    int end = MAX_VERSION - 1;
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + "…";
  }

  static boolean isCut(String version) {
    return version != null && clean(version).length() > MAX_VERSION;
  }

  /**
   * A package URL as the schemas' URI types accept it (XML {@code xs:anyURI}): characters a URI
   * may never hold are percent-encoded, and so is a {@code %} that does not start an escape, so a
   * stray {@code %} or a control character in a scanned name cannot make the BOM invalid.
   */
  static String uri(String text) {
    String clean = clean(text);
    if (clean == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      boolean stray = c == '%' && !(i + 2 < clean.length() && hex(clean.charAt(i + 1)) && hex(clean.charAt(i + 2)));
      boolean never = c <= 0x20 || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0;
      if (stray || never) {
        if (sb == null) {
          sb = new StringBuilder(clean.length() + 8).append(clean, 0, i);
        }
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? clean : sb.toString();
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The XML 1.0 {@code Char} production. */
  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
