package nl.autonomy.core.report;

import java.util.Locale;
import java.util.Objects;

/**
 * How to write, the same for every format.
 *
 * @param locale the language of texts meant for people (HTML, Markdown); machine formats ignore it
 * @param reproducible the scan's timestamp was pinned ({@code SOURCE_DATE_EPOCH}, the Maven plugin's
 *     {@code project.build.outputTimestamp}), so the output holds no time- or random-based value:
 *     the SBOM says so with the official {@code cdx:reproducible} property
 */
public record WriterOptions(Locale locale, boolean reproducible) {

  public WriterOptions(Locale locale) {
    this(locale, false);
  }

  public WriterOptions {
    Objects.requireNonNull(locale, "locale");
  }

  /** English, whatever the machine's locale: output must not depend on where it runs. */
  public static WriterOptions defaults() {
    return new WriterOptions(Locale.ENGLISH);
  }
}
