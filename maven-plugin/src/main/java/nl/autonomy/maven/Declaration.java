package nl.autonomy.maven;

import nl.autonomy.core.model.Location;

/**
 * Where a project declares one dependency, and who set its version.
 *
 * @param location the pom.xml (relative to the scanned root) and line of the {@code <dependency>}
 * @param managedBy the model id ({@code g:a:v}) of the POM whose dependencyManagement set the
 *     version (the project itself, a parent or an imported BOM), or null when the declaration
 *     names its own version
 */
record Declaration(Location location, String managedBy) {
}
