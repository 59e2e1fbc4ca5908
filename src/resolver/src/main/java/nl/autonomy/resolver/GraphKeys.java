package nl.autonomy.resolver;

import org.eclipse.aether.artifact.Artifact;

/** The management key Maven matches dependencies on: group, artifact, extension, classifier. */
final class GraphKeys {

  private GraphKeys() {
  }

  static String of(Artifact a) {
    return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getExtension() + ":" + a.getClassifier();
  }
}
