package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * JGit opens {@code HEAD}, {@code config}, {@code packed-refs} and the ref files while it merely
 * looks for a repository; in a scanned tree any of them may be a FIFO, which blocks the read
 * forever. This finds the repository the way JGit does (the folder and its parents, a {@code .git}
 * folder or a {@code gitdir:} file) and says whether every file JGit would open there is regular.
 */
final class GitDirGuard {

  /** The files directly in a git folder that JGit reads to resolve HEAD and the origin URL. */
  private static final List<String> READ = List.of("HEAD", "config", "packed-refs", "commondir", "gitdir");
  /** A {@code .git} file is a one-line pointer; anything longer is not one. */
  private static final int MAX_POINTER = 4096;

  private GitDirGuard() {
  }

  /** Whether JGit may look for a repository from {@code folder} upwards without hanging. */
  static boolean safe(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS)) {
        return safeDotGit(dotGit);
      }
      if (Files.isDirectory(dir.resolve("objects")) && Files.isDirectory(dir.resolve("refs"))) {
        // JGit takes a folder with objects/ and refs/ for a bare repository and reads its HEAD
        if (!safeGitDir(dir)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean safeDotGit(Path dotGit) {
    if (Files.isDirectory(dotGit)) {
      return safeGitDir(dotGit);
    }
    if (!Files.isRegularFile(dotGit)) {
      return false;
    }
    try {
      if (Files.size(dotGit) > MAX_POINTER) {
        return false;
      }
      String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
      if (!text.startsWith("gitdir:")) {
        return true;
      }
      Path target = dotGit.getParent().resolve(text.substring("gitdir:".length()).strip()).normalize();
      return !Files.exists(target) || (Files.isDirectory(target) && safeGitDir(target));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean safeGitDir(Path gitDir) {
    for (String name : READ) {
      Path p = gitDir.resolve(name);
      if (Files.exists(p) && !Files.isRegularFile(p)) {
        return false;
      }
    }
    Path refs = gitDir.resolve("refs");
    if (!Files.isDirectory(refs)) {
      return true;
    }
    try (Stream<Path> all = Files.walk(refs)) {
      return all.noneMatch(RegularFiles::isSpecialNoFollow);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
