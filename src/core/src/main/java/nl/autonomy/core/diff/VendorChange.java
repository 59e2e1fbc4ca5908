package nl.autonomy.core.diff;

/**
 * A package whose vendor differs between the two sides (an acquisition, a catalog correction, a
 * package that moved to another publisher).
 *
 * @param identity the package without version
 * @param name {@code group:name} or {@code name}
 * @param version its new version
 * @param from the old vendor id ({@code unknown} when none was known)
 * @param fromName the old vendor's name
 * @param to the new vendor id
 * @param toName the new vendor's name
 */
public record VendorChange(String identity, String name, String version, String from, String fromName, String to,
    String toName) {
}
