package nl.autonomy.core.source;

import java.util.Locale;
import java.util.Optional;

/** The archive formats a delivery can come in, told by the file name. */
public enum ArchiveFormat {
  /** ZIP and the Java archives built on it: JAR, WAR, EAR. */
  ZIP,
  /** A plain tar. */
  TAR,
  /** A gzip-compressed tar: {@code .tar.gz} or {@code .tgz}. */
  TAR_GZ;

  /** The format of a file name, or empty when it is not an archive Autonomy opens. */
  public static Optional<ArchiveFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return Optional.of(TAR_GZ);
    }
    if (name.endsWith(".tar")) {
      return Optional.of(TAR);
    }
    if (name.endsWith(".zip") || isJavaArchive(name)) {
      return Optional.of(ZIP);
    }
    return Optional.empty();
  }

  /** JAR, WAR and EAR: archives that are themselves a component (they carry their own identity). */
  public static boolean isJavaArchive(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".ear");
  }
}
