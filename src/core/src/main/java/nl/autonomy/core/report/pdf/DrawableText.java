package nl.autonomy.core.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import nl.autonomy.core.text.Printable;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The page's text made drawable by the PDF's one embedded font, without losing a character. A
 * name, path or excerpt from a scanned delivery may hold letters the font has no glyph for (CJK,
 * Arabic, emoji), U+FFFD where the input was unreadable, or invisible controls that reorder what
 * follows (a right-to-left override turns {@code invoice\u202Eexe.pdf} into what looks like a PDF).
 * openhtmltopdf would draw a bare {@code #} for the first, which is indistinguishable from a real
 * {@code #}, and honour the second; in an archived contract both would be a confident wrong record.
 * Each such character is written as its code point instead, {@code [U+5730]}, which anyone can look
 * up, and the page says so.
 */
final class DrawableText {

  /** What the page became and how many characters were written as code points. */
  record Result(String xhtml, int replaced) {
  }

  private final CmapLookup cmap;

  DrawableText(InputStream trueTypeFont) {
    try (InputStream in = trueTypeFont) {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
      // the cmap is read once here; afterwards lookups only read its maps, so one instance serves every thread
      this.cmap = font.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF's font could not be read", e);
    }
  }

  /** Whether the font draws {@code cp} as what it is, and it does not reorder or hide what follows. */
  boolean drawable(int cp) {
    return !Printable.isControl(cp) && cmap.getGlyphId(cp) != 0;
  }

  /**
   * The XHTML with every character the font cannot draw as {@code [U+XXXX]}. Our own markup, style
   * sheet and texts are ASCII and Latin, which the font has; tabs and line breaks are layout, and a
   * space the font lacks (a narrow no-break space, say) is still a space.
   */
  Result apply(String xhtml) {
    StringBuilder out = null;
    int replaced = 0;
    for (int i = 0; i < xhtml.length(); ) {
      int cp = xhtml.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '\n' || cp == '\t' || cp == '\r' || drawable(cp)) {
        if (out != null) {
          out.appendCodePoint(cp);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(xhtml.length() + 64).append(xhtml, 0, i);
        }
        if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
          out.append(' ');
        } else {
          out.append(String.format(Locale.ROOT, "[U+%04X]", cp));
          replaced++;
        }
      }
      i = next;
    }
    return new Result(out == null ? xhtml : out.toString(), replaced);
  }
}
