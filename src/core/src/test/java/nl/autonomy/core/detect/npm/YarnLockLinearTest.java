package nl.autonomy.core.detect.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A crafted yarn.lock line (many blanks, then a character that a regex's {@code .} does not match)
 * made the field regex backtrack quadratically: 200,000 blanks took minutes. The scanner is linear.
 */
class YarnLockLinearTest {

  @Test
  void aCraftedBerryFieldIsReadInLinearTime() {
    String line = "a:" + " ".repeat(200_000) + "\u2028x";
    String[] kv = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> YarnLockParser.field(line, 3));
    assertThat(kv[0]).isEqualTo("a");
  }

  @Test
  void aCraftedClassicFieldIsReadInLinearTime() {
    String line = "a" + " ".repeat(200_000) + "\u2028x";
    String[] kv = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> YarnLockParser.field(line, 3));
    assertThat(kv[0]).isEqualTo("a");
  }

  @Test
  void fieldsReadAsBefore() throws Exception {
    assertThat(YarnLockParser.field("version: 1.2.3", 1)).containsExactly("version", "1.2.3");
    assertThat(YarnLockParser.field("\"@babel/core\": \"npm:^7.0.0\"", 1)).containsExactly("@babel/core", "npm:^7.0.0");
    assertThat(YarnLockParser.field("dependencies:", 1)).containsExactly("dependencies", null);
    assertThat(YarnLockParser.field("version \"1.2.3\"", 1)).containsExactly("version", "1.2.3");
    assertThat(YarnLockParser.field("\"@types/node\" \"^20\"", 1)).containsExactly("@types/node", "^20");
    assertThat(YarnLockParser.field("resolution: \"a@npm:1.0.0\"", 1)).containsExactly("resolution", "a@npm:1.0.0");
  }
}
