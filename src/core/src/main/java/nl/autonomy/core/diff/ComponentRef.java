package nl.autonomy.core.diff;

import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.Scope;

/**
 * A component as a change names it.
 *
 * @param ref its bom-ref
 * @param identity the package without version ({@link PackageIdentity})
 * @param ecosystem the purl type ({@code maven}, {@code npm})
 * @param name {@code group:name} or {@code name}
 * @param version its version, or null
 * @param scope what it is needed for
 * @param vendor its vendor's id, or null when unknown
 * @param license its SPDX expression, or null when unknown
 * @param category its license category
 */
public record ComponentRef(
    String ref, String identity, String ecosystem, String name, String version, Scope scope, String vendor,
    String license, LicenseCategory category) {
}
