package nl.autonomy.core.policy;

/**
 * A rule's texts in one language other than English, as the policy writes them ({@code title:
 * {en: …, nl: …}}); a field the policy leaves untranslated is null and shows in English.
 *
 * @param title the rule's title, or null
 * @param message the finding's message template, or null
 * @param howToFix the advice template, or null
 */
public record RuleText(String title, String message, String howToFix) {
}
