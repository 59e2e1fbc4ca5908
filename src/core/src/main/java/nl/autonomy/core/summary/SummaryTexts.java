package nl.autonomy.core.summary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console summary's words in English or Dutch, from {@code
 * nl/autonomy/core/summary/summary*.properties}. Never the machine's locale: a Dutch build server
 * prints English unless {@code --lang nl} asks for Dutch.
 */
final class SummaryTexts {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  SummaryTexts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("nl.autonomy.core.summary.summary", locale,
        SummaryTexts.class.getClassLoader(), NO_FALLBACK);
  }

  Locale locale() {
    return locale;
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
  }
}
