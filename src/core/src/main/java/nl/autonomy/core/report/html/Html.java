package nl.autonomy.core.report.html;

/**
 * A small HTML writer: every text and attribute value goes through {@link #escape}, because every
 * value in a scan result (names, paths, excerpts, licenses) is untrusted text. Only the page's own
 * constant CSS and script enter through {@link #raw}.
 */
final class Html {

  private final StringBuilder out = new StringBuilder(1 << 16);

  /** Opens {@code tag} with attributes given as name-value pairs; a null value leaves the attribute out. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attrs>text</tag>}. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Trusted markup written by this package itself, never a scanned value. */
  Html raw(String trusted) {
    out.append(trusted);
    return this;
  }

  Html newline() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Escapes text for element content and quoted attribute values. Control characters other than
   * tab and newline are not allowed in HTML, and a lone surrogate (a JSON string in a scanned
   * manifest can hold one) or the non-characters U+FFFE and U+FFFF are not allowed in XML, so the
   * XHTML parser of the PDF writer would refuse the whole page; they become U+FFFD so the page
   * stays valid and says that something unreadable was there.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else {
            b.append(c < 0x20 && c != '\t' && c != '\n' || c == 0x7f || Character.isSurrogate(c) || c == 0xFFFE
                || c == 0xFFFF ? '\uFFFD' : c);
          }
        }
      }
    }
    return b.toString();
  }
}
