package nl.autonomy.core.detect.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * What one delivered Java archive was found to be: its Maven coordinates and how they were
 * known, the artifacts shaded into it, and how its bytes compare with the published checksum.
 * Filled in by {@link JarIdentifier} in stages (offline, then Central); read once finished.
 */
final class JarIdentity {

  static final String BY_POM_PROPERTIES = "pom.properties";
  static final String BY_SHA1_LOCAL = "sha1:local-repository";
  static final String BY_SHA1_CENTRAL = "sha1:maven-central";
  static final String BY_MANIFEST = "manifest";
  static final String BY_FILE_NAME = "file-name";

  /** Its bytes are what the repository publishes for its coordinates. */
  static final String MATCH = "match";
  /** Its bytes differ from what the repository publishes for the coordinates it claims. */
  static final String MISMATCH = "mismatch";
  /** No published checksum could be compared. */
  static final String UNKNOWN = "unknown";

  final EmbeddedJar jar;
  final List<PomProperties> shaded = new ArrayList<>();
  final List<MavenCoordinates> candidates = new ArrayList<>();
  MavenCoordinates coordinates;
  String basis;
  String pomEntry;
  boolean classifierCertain = true;
  PublishedChecksum published;
  boolean notOnCentral;
  boolean centralUnreachable;
  String checksum;
  String reason;

  JarIdentity(EmbeddedJar jar) {
    this.jar = jar;
  }

  void identified(MavenCoordinates c, String how, String entry) {
    coordinates = c;
    basis = how;
    pomEntry = entry;
    candidates.clear();
  }

  void published(PublishedChecksum p) {
    published = p;
  }

  void central(CentralChecksums.Answer answer) {
    switch (answer.status()) {
      case PUBLISHED -> published = new PublishedChecksum(answer.sha1(), PublishedChecksum.CENTRAL);
      case NOT_PUBLISHED -> notOnCentral = true;
      case UNREACHABLE -> centralUnreachable = true;
      default -> throw new IllegalStateException(answer.status().name());
    }
  }

  /**
   * Compares the delivered SHA-1 with the published one. A mismatch is only claimed when the file
   * is named as Maven names the artifact: a renamed file might be another classifier of it.
   */
  JarIdentity finish() {
    if (coordinates == null) {
      basis = jar.manifest().identifies() ? BY_MANIFEST : BY_FILE_NAME;
      checksum = UNKNOWN;
      reason = centralUnreachable ? "not identified as a Maven artifact; Maven Central could not be reached"
          : "not identified as a Maven artifact";
      return this;
    }
    if (published == null) {
      checksum = UNKNOWN;
      reason = coordinates.snapshot() ? "a SNAPSHOT has no lasting published checksum"
          : notOnCentral ? "not published on Maven Central"
          : centralUnreachable ? "Maven Central could not be reached"
          : "no published checksum in the local repository (scan online to ask Maven Central)";
    } else if (published.sha1().equals(jar.sha1())) {
      checksum = MATCH;
    } else if (!classifierCertain) {
      checksum = UNKNOWN;
      reason = "the file is not named " + coordinates.fileName() + ": it may be another classifier of "
          + coordinates + ", whose checksum was not compared";
    } else {
      checksum = MISMATCH;
    }
    return this;
  }
}
