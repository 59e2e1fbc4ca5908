package nl.autonomy.core.detect.archive;

import java.util.Objects;

/**
 * One Maven artifact file: what a repository stores under
 * {@code GROUP/ARTIFACT/VERSION/ARTIFACT-VERSION[-CLASSIFIER].EXTENSION}.
 */
record MavenCoordinates(String groupId, String artifactId, String version, String classifier, String extension) {

  MavenCoordinates {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    extension = extension == null ? "jar" : extension;
  }

  /** The artifact's path in a Maven repository layout, with {@code /}. */
  String repositoryPath() {
    return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + fileName();
  }

  String fileName() {
    return artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + extension;
  }

  /** A SNAPSHOT is republished under the same name: no published checksum can vouch for it. */
  boolean snapshot() {
    return version.endsWith("-SNAPSHOT");
  }

  /** Whether the parts are plain enough to form a repository path (no traversal, no URL tricks). */
  boolean safe() {
    return safe(groupId) && safe(artifactId) && safe(version) && (classifier == null || safe(classifier)) && safe(extension);
  }

  private static boolean safe(String part) {
    return part.matches("[A-Za-z0-9_.+-]+") && !part.contains("..");
  }

  @Override
  public String toString() {
    return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier);
  }
}
