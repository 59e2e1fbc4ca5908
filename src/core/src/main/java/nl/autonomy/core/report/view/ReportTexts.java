package nl.autonomy.core.report.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.autonomy.core.model.Identified;

/**
 * The labels of the reports people read (HTML, Markdown) in the writer's language, from
 * {@code nl/autonomy/core/report/html/messages*.properties}. Never falls back to the machine's
 * locale: a Dutch build server still writes English unless Dutch is asked for; a language without
 * a bundle gets English.
 */
public final class ReportTexts {

  private static final String BUNDLE = "nl.autonomy.core.report.html.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private ReportTexts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportTexts.class.getClassLoader(), NO_FALLBACK);
  }

  public static ReportTexts of(Locale locale) {
    return new ReportTexts(locale);
  }

  /** The language the texts are in, as an HTML {@code lang} value. */
  public String language() {
    String lang = bundle.getLocale().getLanguage();
    return lang.isEmpty() ? "en" : lang;
  }

  public Locale locale() {
    return locale;
  }

  public String get(String key) {
    return bundle.getString(key);
  }

  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** The label of an enum constant, e.g. {@code severity.error}. */
  public String label(String prefix, Identified value) {
    return bundle.getString(prefix + "." + value.id());
  }
}
