package nl.autonomy.core.detect.support;

/**
 * A part of an otherwise readable lockfile that does not have the shape its format prescribes (a
 * number where a version string belongs, an array where a map of packages belongs): what it held
 * is missing from the result, so it becomes an error that makes the SBOM incomplete.
 *
 * @param line the 1-based line of the odd value, 0 when unknown
 * @param message what was expected and what was found
 */
public record ShapeNote(int line, String message) {

  /** "a number", "an array", ... for a Jackson token, as people say it. */
  public static String describe(com.fasterxml.jackson.core.JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
