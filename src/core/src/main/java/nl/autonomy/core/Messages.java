package nl.autonomy.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of assessments (the one-sentence answer, verdict reasons, waiver notices) in English
 * or Dutch, from {@code nl/autonomy/core/messages*.properties}. Never falls back to the machine's
 * locale: a Dutch build server still writes English unless Dutch is asked for.
 */
public final class Messages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("nl.autonomy.core.messages", locale, Messages.class.getClassLoader(),
        NO_FALLBACK);
  }

  public static Messages english() {
    return new Messages(Locale.ROOT);
  }

  public static Messages of(Locale locale) {
    return new Messages(locale);
  }

  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** {@code a, b and c}: a list as a sentence reads it. */
  public String join(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    String head = String.join(bundle.getString("answer.separator"), parts.subList(0, parts.size() - 1));
    return head + bundle.getString("answer.lastSeparator") + parts.get(parts.size() - 1);
  }
}
