package nl.autonomy.core.detect.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The comment cut of requirements lines was a regex, quadratic on a line of many {@code " #"}. */
class RequirementsLinearTest {

  @Test
  void aLineOfManyCommentMarksIsCutInLinearTime() {
    String line = "flask==3.0.0" + " #".repeat(300_000) + "\u2028x";
    String cut = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> RequirementsReader.withoutComment(line));
    assertThat(cut).isEqualTo("flask==3.0.0");
  }

  @Test
  void commentsAreCutAsPipCutsThem() {
    assertThat(RequirementsReader.withoutComment("# only a comment")).isEmpty();
    assertThat(RequirementsReader.withoutComment("flask==3.0.0  # web")).isEqualTo("flask==3.0.0 ");
    assertThat(RequirementsReader.withoutComment("pkg @ https://x.example/p.whl#sha256=abc")).isEqualTo("pkg @ https://x.example/p.whl#sha256=abc");
  }
}
