package nl.autonomy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

  /** Clear the screen, move up, retitle the terminal (OSC), overwrite with CR, reorder with a bidi override. */
  static final String PAYLOAD = "img\u001b[2J\u001b[1A\u001b]0;owned\u0007\rOK\u202eevil\u009b31m";

  @Test
  void controlSequencesAreShownEscapedNotObeyed() {
    String out = Printable.of(PAYLOAD);

    assertThat(out).isEqualTo("img\\e[2J\\e[1A\\e]0;owned\\x07\\rOK\\u202eevil\\x9b31m");
    assertThat(out.chars().noneMatch(c -> Printable.isControl(c))).isTrue();
  }

  @Test
  void ordinaryTextIsKeptAsIs() {
    String text = "Ölé 地図 конфиг 🚲 <&> \\ tab-less";
    assertThat(Printable.of(text)).isSameAs(text);
    assertThat(Printable.of(null)).isNull();
  }

  @Test
  void multiLineTextKeepsItsLineFeedsAndTabsOnly() {
    assertThat(Printable.lines("a\n\tb\r\u001b[2Jc")).isEqualTo("a\n\tb\\r\\e[2Jc");
    assertThat(Printable.of("a\nb")).isEqualTo("a\\nb");
  }

  @Test
  void briefMessagesQuoteOneShortPrintableLine() {
    String quoted = Brief.of("while scanning: " + "x".repeat(500) + "\n in 'reader', line 3:\n    secret: hunter2");
    assertThat(quoted).hasSizeLessThanOrEqualTo(Brief.MAX).doesNotContain("hunter2").endsWith("…");
    assertThat(Brief.of("bad \u001b[2J thing")).isEqualTo("bad \\e[2J thing");
  }
}
