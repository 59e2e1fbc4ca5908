package nl.autonomy.core.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stylesheet and script every page of this package shares, read once. */
final class HtmlResources {

  static final String CSS = read("report.css");
  static final String SCRIPT = read("report.js");

  private HtmlResources() {
  }

  private static String read(String name) {
    try (InputStream in = HtmlResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
