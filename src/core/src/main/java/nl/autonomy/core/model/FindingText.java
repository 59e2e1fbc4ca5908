package nl.autonomy.core.model;

/**
 * A finding's texts in a language other than English, rendered from the policy's translation of
 * its rule with the same facts; the English {@link Finding#message()} stays the stable one.
 *
 * @param message what is wrong, for a person
 * @param howToFix the way out, or empty
 */
public record FindingText(String message, String howToFix) {

  public FindingText {
    java.util.Objects.requireNonNull(message, "message");
    howToFix = howToFix == null ? "" : howToFix;
  }
}
