package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LibraryLoggingTest {

  @Test
  void libraryOutputCannotDriveTheTerminal() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (LibraryLogging.Escaping err = new LibraryLogging.Escaping(sink)) {
      err.write("[WARN] bad POM \u001b[2J\u001b]0;x\u0007 Ölé\n".getBytes(StandardCharsets.UTF_8));
    }

    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("[WARN] bad POM \\x1b[2J\\x1b]0;x\\x07 Ölé\n");
  }

  @Test
  void librariesAreSilentUnlessVerbose() {
    assertThat(LibraryLogging.level("scan", ".")).isEqualTo("off");
    assertThat(LibraryLogging.level("scan", "-v")).isEqualTo("warn");
    assertThat(LibraryLogging.level("scan", "--verbose")).isEqualTo("warn");
  }
}
