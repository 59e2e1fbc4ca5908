package nl.autonomy.core.report;

import java.util.Locale;
import java.util.Objects;

/**
 * How to write, the same for every format.
 *
 * @param locale the language of texts meant for people (HTML, Markdown); machine formats ignore it
 */
public record WriterOptions(Locale locale) {

  public WriterOptions {
    Objects.requireNonNull(locale, "locale");
  }

  /** English, whatever the machine's locale: output must not depend on where it runs. */
  public static WriterOptions defaults() {
    return new WriterOptions(Locale.ENGLISH);
  }
}
