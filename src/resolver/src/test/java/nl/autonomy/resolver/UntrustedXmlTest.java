package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken byte in a POM is a problem naming the file, from every reader of the POM that runs before
 * Maven's model builder. With Woodstox's default lazy parsing it escaped as an unchecked
 * WstxLazyException (found by PomFuzzTest: an invalid UTF-8 start byte inside a text).
 */
class UntrustedXmlTest {

  @TempDir
  Path root;

  @Test
  void anInvalidUtf8ByteInAPomIsAProblemNotAnEscapingException() throws IOException {
    ByteArrayOutputStream pom = new ByteArrayOutputStream();
    pom.writeBytes("""
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.example</groupId>
          <artifactId>app""".getBytes(StandardCharsets.UTF_8));
    pom.write(0x89);
    pom.writeBytes("""
        </artifactId>
          <version>1.0</version>
          <properties><a>${b}</a><b>x</b></properties>
        </project>
        """.getBytes(StandardCharsets.UTF_8));
    Files.write(root.resolve("pom.xml"), pom.toByteArray());

    SafePomReader.Outcome outcome = SafePomReader.read(root, "pom.xml");
    assertThat(outcome.header()).isNull();
    // Woodstox decodes ahead in blocks: the reader's position when the byte fails is not the
    // byte's line, so the line stays unknown rather than wrong; the message gives the byte offset
    assertThat(outcome.problem().message()).contains("Invalid UTF-8").contains("byte #");
    assertThat(outcome.problem().location()).hasToString("pom.xml");
    assertThat(PropertyExpansionGuard.check(root, "pom.xml")).isEmpty();
  }
}
