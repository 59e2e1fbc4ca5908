package nl.autonomy.core.text;

/**
 * Text from scanned files, policies and catalogs may carry terminal control sequences: {@code ESC[2J}
 * clears the screen, {@code ESC[1A} moves the cursor over an earlier line, an OSC sequence retitles
 * the terminal, a carriage return or a bidirectional override paints over what was printed. A
 * hostile repository could hide a finding in a security officer's console that way. Every string
 * that came from input passes here before it reaches a console or a log: control characters are
 * shown escaped ({@code \e}, {@code \r}, {@code \x07}, {@code \u202e}), everything else is kept.
 */
public final class Printable {

  private Printable() {
  }

  /** The text with every control character escaped, including line breaks: one value, one line. */
  public static String of(String text) {
    return escape(text, false);
  }

  /** The text with every control character escaped except line feeds and tabs (multi-line output). */
  public static String lines(String text) {
    return escape(text, true);
  }

  /** Whether {@code cp} would be escaped by {@link #of}. */
  public static boolean isControl(int cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)
        // bidirectional embeddings, overrides and isolates reorder what follows them on screen
        || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E || cp == 0x200F || cp == 0x061C
        // line and paragraph separators start a new line in some terminals
        || cp == 0x2028 || cp == 0x2029;
  }

  private static String escape(String text, boolean keepLines) {
    if (text == null) {
      return null;
    }
    int first = firstControl(text, keepLines);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!isControl(cp) || (keepLines && (cp == '\n' || cp == '\t'))) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(escaped(cp));
      }
    }
    return sb.toString();
  }

  private static int firstControl(String text, boolean keepLines) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && !(keepLines && (c == '\n' || c == '\t'))) {
        return i;
      }
    }
    return -1;
  }

  private static String escaped(int cp) {
    return switch (cp) {
      case 0x1B -> "\\e";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> cp <= 0xFF ? String.format(java.util.Locale.ROOT, "\\x%02x", cp)
          : String.format(java.util.Locale.ROOT, "\\u%04x", cp);
    };
  }
}
