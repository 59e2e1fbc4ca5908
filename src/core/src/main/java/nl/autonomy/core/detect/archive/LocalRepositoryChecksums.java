package nl.autonomy.core.detect.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.autonomy.core.source.Digests;

/**
 * What the local Maven repository knows about an artifact's published bytes: the {@code .sha1}
 * file Maven stored next to it, else — when {@code _remote.repositories} says Maven downloaded it
 * from Central — the SHA-1 of that downloaded copy. A copy installed by a local build vouches for
 * nothing and is never used. The repository is only read.
 */
final class LocalRepositoryChecksums {

  private final Path repository;
  private Map<String, List<Path>> byFileName;

  LocalRepositoryChecksums(Path repository) {
    this.repository = repository;
  }

  /** The published SHA-1 of {@code c}, when the local repository knows it. */
  Optional<PublishedChecksum> published(MavenCoordinates c) {
    if (repository == null || !c.safe() || c.snapshot()) {
      return Optional.empty();
    }
    Path file = repository.resolve(c.repositoryPath());
    Path sidecar = file.resolveSibling(file.getFileName() + ".sha1");
    try {
      if (Files.isRegularFile(sidecar)) {
        String sha1 = PublishedChecksum.parse(Files.readString(sidecar, StandardCharsets.UTF_8));
        if (sha1 != null) {
          return Optional.of(new PublishedChecksum(sha1, PublishedChecksum.LOCAL));
        }
      }
      if (Files.isRegularFile(file) && downloadedFromCentral(file)) {
        return Optional.of(new PublishedChecksum(Digests.of(file).get(Digests.SHA1), PublishedChecksum.LOCAL));
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable local repository only means the checksum stays unknown
    }
    return Optional.empty();
  }

  /**
   * The coordinates of the artifact in the local repository whose bytes are exactly {@code sha1}
   * and whose file has the same name: an identification by content, not by claim.
   */
  Optional<MavenCoordinates> identify(String fileName, String sha1) {
    for (Path candidate : index().getOrDefault(fileName, List.of())) {
      try {
        Path sidecar = candidate.resolveSibling(fileName + ".sha1");
        String known = Files.isRegularFile(sidecar)
            ? PublishedChecksum.parse(Files.readString(sidecar, StandardCharsets.UTF_8)) : null;
        if (sha1.equals(known != null ? known : Digests.of(candidate).get(Digests.SHA1))) {
          Optional<MavenCoordinates> c = coordinatesOf(candidate, fileName);
          if (c.isPresent()) {
            return c;
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable candidate is no match
      }
    }
    return Optional.empty();
  }

  /** group/artifact/version/file back to coordinates; the classifier is what the name adds. */
  private Optional<MavenCoordinates> coordinatesOf(Path file, String fileName) {
    Path relative = repository.relativize(file);
    int n = relative.getNameCount();
    if (n < 4) {
      return Optional.empty();
    }
    String version = relative.getName(n - 2).toString();
    String artifact = relative.getName(n - 3).toString();
    String group = relative.subpath(0, n - 3).toString().replace(relative.getFileSystem().getSeparator(), ".");
    String base = artifact + "-" + version;
    if (!fileName.startsWith(base)) {
      return Optional.empty();
    }
    int dot = fileName.lastIndexOf('.');
    String rest = fileName.substring(base.length(), dot);
    String classifier = rest.startsWith("-") ? rest.substring(1) : null;
    return Optional.of(new MavenCoordinates(group, artifact, version, classifier, fileName.substring(dot + 1)));
  }

  /** Java archives of the local repository by file name, listed once and only when first needed. */
  private Map<String, List<Path>> index() {
    if (byFileName == null) {
      byFileName = new HashMap<>();
      if (repository != null && Files.isDirectory(repository)) {
        try (Stream<Path> files = Files.walk(repository)) {
          files.filter(p -> nl.autonomy.core.source.ArchiveFormat.isJavaArchive(p.getFileName().toString()))
              .sorted()
              .forEach(p -> byFileName.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
        } catch (IOException | RuntimeException e) {
          // a partly listed repository identifies fewer jars, never a wrong one
        }
      }
    }
    return byFileName;
  }

  private static boolean downloadedFromCentral(Path file) throws IOException {
    Path marker = file.resolveSibling("_remote.repositories");
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    String prefix = file.getFileName() + ">central=";
    return Files.readAllLines(marker, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(prefix));
  }

  /** The local repository a scan uses: the one named in the options, else Maven's default. */
  static Path of(Path configured) {
    if (configured != null) {
      return configured;
    }
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".m2", "repository");
  }
}
