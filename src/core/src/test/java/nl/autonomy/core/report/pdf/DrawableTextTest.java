package nl.autonomy.core.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What Liberation Sans cannot draw, and what would reorder or hide text, becomes a code point; nothing else changes. */
class DrawableTextTest {

  private static final DrawableText TEXT = new DrawableText(
      PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));

  @Test
  void dutchTypographyCyrillicGreekAndOurOwnMarkupAreDrawnAsThemselves() {
    String page = "<p class=\"x\">co\u00f6peratie ge\u00efnd \u2019s-Hertogenbosch \u20ac 5,\u2013 \u201ca\u201d "
        + "\u043a\u0430\u0440\u0442\u0430 \u03b1\u03b2 e\u0301 &amp; #1\n\t</p>";
    assertThat(TEXT.apply(page)).isEqualTo(new DrawableText.Result(page, 0));
  }

  @Test
  void lettersWithoutAGlyphAndBidiOrC1ControlsBecomeCodePoints() {
    DrawableText.Result r = TEXT.apply("<td>\u5730\u56f3 \ud83d\udce6 invoice\u202eexe.pdf\u202c \u0085\ufffd</td>");
    assertThat(r.xhtml()).isEqualTo("<td>[U+5730][U+56F3] [U+1F4E6] invoice[U+202E]exe.pdf[U+202C] [U+0085][U+FFFD]</td>");
    assertThat(r.replaced()).isEqualTo(7);
  }

  @Test
  void aSpaceTheFontLacksIsStillASpace() {
    // U+3000 (ideographic space) is not in Liberation Sans; it is a space, not a character to report
    assertThat(TEXT.drawable(0x3000)).isFalse();
    assertThat(TEXT.apply("a\u3000b")).isEqualTo(new DrawableText.Result("a b", 0));
  }
}
