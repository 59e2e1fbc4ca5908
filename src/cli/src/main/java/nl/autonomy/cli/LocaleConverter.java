package nl.autonomy.cli;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang}: the languages Autonomy has texts for. */
final class LocaleConverter implements ITypeConverter<Locale> {

  static final Set<String> SUPPORTED = Set.of("en", "nl");

  @Override
  public Locale convert(String value) {
    String lang = value.strip().toLowerCase(Locale.ROOT);
    if (!SUPPORTED.contains(lang)) {
      throw new TypeConversionException("'" + value + "' is not a supported language; use en or nl");
    }
    return Locale.forLanguageTag(lang);
  }
}
