package nl.autonomy.core.diff;

/**
 * The same package at another version.
 *
 * @param identity the package without version
 * @param ecosystem its purl type
 * @param name {@code group:name} or {@code name}
 * @param from the old version (null when it had none)
 * @param to the new version (null when it has none)
 * @param direction upgrade, downgrade or other
 * @param fromRef the old bom-ref
 * @param toRef the new bom-ref
 */
public record VersionChange(
    String identity, String ecosystem, String name, String from, String to, VersionDirection direction,
    String fromRef, String toRef) {
}
