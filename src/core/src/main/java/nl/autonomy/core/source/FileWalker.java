package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.WalkStats;

/**
 * The one walk of a scanned tree that all detectors share. It does not enter VCS metadata, build
 * output or dependency folders, and passes over files larger than the size bound. It follows no
 * symbolic link: a target inside the root is walked at its own path anyway (following would read it
 * twice), a target outside the root is out of scope, and so loops cannot occur. Files come out sorted by
 * path so everything downstream is deterministic.
 */
public final class FileWalker {

  /** Folders that hold VCS data, build output or downloaded dependencies, never the project's own code. */
  public static final Set<String> SKIPPED_DIRECTORIES = Set.of(
      ".git", ".hg", ".svn", ".bzr", "target", "build", "node_modules", "bower_components", "jspm_packages",
      ".gradle", ".mvn", ".idea", ".vs", "__pycache__", ".venv", "venv", ".tox", ".nox", ".mypy_cache",
      ".pytest_cache", ".terraform", "vendor", ".next", ".nuxt", ".angular", ".svelte-kit", "obj",
      ".cache", ".yarn", ".pnpm-store", "autonomy-report");

  private final long maxFileSize;

  public FileWalker(long maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  /**
   * What the walk found.
   *
   * @param files the files within the size bound, sorted
   * @param stats counts of what was walked and passed over
   * @param problems folders and files the walk could not read
   * @param oversized files larger than the size bound, sorted: not read, but a detector that wants
   *     one reports it as missing (never "there is no lockfile")
   */
  public record WalkResult(List<WorkspaceFile> files, WalkStats stats, List<Problem> problems,
      List<WorkspaceFile> oversized) {

    public WalkResult(List<WorkspaceFile> files, WalkStats stats, List<Problem> problems) {
      this(files, stats, problems, List.of());
    }
  }

  public WalkResult walk(Path root) {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      return new WalkResult(List.of(), WalkStats.empty(),
          List.of(Problem.error("walk", Location.of(root.toString()), "cannot read the folder to scan: " + e)));
    }
    Visitor visitor = new Visitor(realRoot);
    try {
      Files.walkFileTree(realRoot, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);
    } catch (IOException e) {
      visitor.problems.add(Problem.error("walk", Location.of("."), "the walk stopped early: " + e));
    }
    List<WorkspaceFile> files = visitor.files.stream().sorted().toList();
    WalkStats stats = new WalkStats(files.size(), visitor.bytes, visitor.skippedDirectories,
        visitor.skippedLarge, visitor.skippedLinks);
    return new WalkResult(files, stats, List.copyOf(visitor.problems), visitor.oversized.stream().sorted().toList());
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<WorkspaceFile> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<WorkspaceFile> oversized = new ArrayList<>();
    private long bytes;
    private long skippedDirectories;
    private long skippedLarge;
    private long skippedLinks;

    Visitor(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      if (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
        skippedDirectories++;
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (attrs.isSymbolicLink()) {
        skippedLinks++;
        return FileVisitResult.CONTINUE;
      }
      if (!attrs.isRegularFile()) {
        return FileVisitResult.CONTINUE;
      }
      // an archive is never read whole: the archive detector reads it in place under the archive bounds
      if (attrs.size() > maxFileSize && ArchiveFormat.of(file.getFileName().toString()).isEmpty()) {
        skippedLarge++;
        oversized.add(new WorkspaceFile(relative(file), file, attrs.size()));
        return FileVisitResult.CONTINUE;
      }
      files.add(new WorkspaceFile(relative(file), file, attrs.size()));
      bytes += attrs.size();
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      // an unreadable folder may hold manifests and lockfiles: what it holds is unknown, so the
      // result is incomplete (an error), not merely noted
      String what = Files.isDirectory(file) ? "cannot read the folder (its files are missing from the result): "
          : "cannot read the file (it is missing from the result): ";
      problems.add(Problem.error("walk", Location.of(relative(file)), what + reason(e)));
      return FileVisitResult.CONTINUE;
    }

    private static String reason(IOException e) {
      return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private String relative(Path p) {
      Path rel = root.relativize(p.toAbsolutePath().normalize());
      return rel.toString().replace('\\', '/');
    }
  }
}
