package nl.autonomy.maven;

import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.graph.DependencyNode;

/**
 * The resolver's record of the version a node had before dependencyManagement changed it. These
 * are the keys of {@code DependencyManagerUtils}, spelled out here because Maven exports only the
 * resolver's API, SPI and implementation to plugins, not its util jar, and bundling a second copy
 * of resolver classes into a plugin is what must never happen. The keys are the same from
 * Resolver 1.x (Maven 3.8) to 2.x.
 */
final class PremanagedVersions {

  /** Session property that makes the dependency manager record premanaged versions. */
  static final String CONFIG_PROP_VERBOSE = "aether.dependencyManager.verbose";

  private static final String NODE_DATA_PREMANAGED_VERSION = "premanaged.version";

  private PremanagedVersions() {
  }

  static void record(DefaultRepositorySystemSession session) {
    session.setConfigProperty(CONFIG_PROP_VERBOSE, true);
  }

  /** The version before management, or null when management did not touch it. */
  static String of(DependencyNode node) {
    Object v = node.getData().get(NODE_DATA_PREMANAGED_VERSION);
    return v instanceof String s ? s : null;
  }

}
