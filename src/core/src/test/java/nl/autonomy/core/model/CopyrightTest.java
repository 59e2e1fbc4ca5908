package nl.autonomy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copyright lines from scanned files are made safe once: printable, one line, bounded, each once. */
class CopyrightTest {

  private static final Location AT = Location.of("lib/a.jar!/META-INF/NOTICE");

  @Test
  void controlsAndBreaksBecomeOneSpaceAndRepeatsAndBlanksGo() {
    Copyright c = Copyright.of("jar", AT, List.of("  Copyright\t2001\r\n  ACME\u202e Inc.\u0007 ", "Copyright 2001 ACME Inc.",
        "", "   ", "\u001b[2J")).orElseThrow();
    assertThat(c.lines()).containsExactly("Copyright 2001 ACME Inc.", "[2J");
    assertThat(c.omitted()).isZero();
    assertThat(Copyright.of("jar", AT, List.of(" ", "\u0000"))).isEmpty();
    assertThat(Copyright.of("jar", AT, null)).isEmpty();
  }

  @Test
  void aLongLineIsCutAndTooManyLinesAreCounted() {
    String longLine = "Copyright 2001 " + "𝔸".repeat(400);
    List<String> many = new ArrayList<>(List.of(longLine));
    for (int i = 0; i < Copyright.MAX_LINES + 7; i++) {
      many.add("Copyright " + (1900 + i) + " Someone");
    }
    Copyright c = Copyright.of("image", AT, many).orElseThrow();
    assertThat(c.lines()).hasSize(Copyright.MAX_LINES);
    assertThat(c.omitted()).isEqualTo(8);
    assertThat(c.lines().get(0)).endsWith("…").hasSizeLessThanOrEqualTo(Copyright.MAX_LINE);
    // never half a surrogate pair
    assertThat(c.lines().get(0).codePoints()).noneMatch(cp -> Character.getType(cp) == Character.SURROGATE);
  }

  @Test
  void aComponentKeepsItsStatementsSortedBySourceAndGivesEachLineOnce() {
    Copyright notice = Copyright.of("jar", AT, List.of("Copyright 2001 ACME")).orElseThrow();
    Copyright sbom = Copyright.of("sbom", Location.of("bom.json", 3), List.of("Copyright 2001 ACME", "Copyright 2002 B")).orElseThrow();
    Component c = Component.builder("pkg:maven/a/b@1", Ecosystem.MAVEN, "b").copyright(sbom).copyright(notice)
        .copyright(sbom).copyright(null).build();
    assertThat(c.copyrights()).containsExactly(sbom, notice);
    assertThat(c.copyrightLines()).containsExactly("Copyright 2001 ACME", "Copyright 2002 B");
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThatThrownBy(() -> new Copyright(List.of(), "jar", AT, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
