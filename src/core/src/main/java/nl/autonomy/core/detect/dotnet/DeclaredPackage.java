package nl.autonomy.core.detect.dotnet;

import nl.autonomy.core.model.Scope;

/**
 * A package a project asks for, its version taken from the reference, a {@code VersionOverride}
 * or the central Directory.Packages.props.
 *
 * @param version the pinned version, or null for ranges, floating versions and unknown properties
 * @param declaredVersion the version text as declared, for the record
 * @param file the file declaring the reference; {@code line} is in it
 */
record DeclaredPackage(String id, String version, String declaredVersion, Scope scope, String file, int line,
    String versionFile, int versionLine) {
}
