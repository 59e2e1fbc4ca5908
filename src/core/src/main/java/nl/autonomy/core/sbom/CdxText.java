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

  /** The XML 1.0 {@code Char} production. */
  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
