package nl.autonomy.core.diff;

/**
 * What could not be compared, or what makes a difference less certain than it looks.
 *
 * @param id a stable id: {@code no-assessment}, {@code different-policy}, {@code incomplete},
 *     {@code no-depth}
 * @param message for people
 */
public record ChangeNote(String id, String message) {
}
