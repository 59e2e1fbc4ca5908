package nl.autonomy.core.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder switches from one complete set of files to the next as one, so that a run
 * killed at any moment ({@code kill -9}, a full disk, a power cut) or two runs into the same folder
 * never leave a half-written file or a mix of two runs' files.
 *
 * <p>How: the files are written into a fresh hidden sibling folder ({@code .NAME.autonomy-PID-N.tmp});
 * when all are complete, the old folder is renamed aside and the new one renamed into its place —
 * renames within one folder, atomic on every local file system. At any moment the output folder
 * is absent or holds one complete set. Temporaries a killed run left behind (its process is gone)
 * are removed by the next run; if a run was killed between the two renames, the next run first puts
 * the previous set back.
 *
 * <p>A folder that holds files Autonomy did not write (say {@code -o .}) is never renamed away:
 * there each file is replaced atomically on its own, which cannot make the set switch as one.
 */
final class OutputFolder {

  private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.autonomy-(\\d+)-(\\d+)(-old)?\\.tmp");
  /** Per-file temporaries of earlier versions and of the shared-folder mode: {@code .bom.cdx.json.PID.N.tmp}. */
  private static final Pattern FILE_TEMPORARY = Pattern.compile("\\..+\\.(\\d+)\\.(\\d+)\\.tmp");
  private static final int ATTEMPTS = 20;

  private final Path target;
  private final Set<String> ownNames;

  /**
   * @param target the output folder
   * @param ownNames the names of every file any report writer writes: a folder holding only these
   *     is Autonomy's to switch as a whole
   */
  OutputFolder(Path target, Set<String> ownNames) {
    this.target = target.toAbsolutePath().normalize();
    this.ownNames = Set.copyOf(ownNames);
  }

  /** Checks the target can be an output folder, and cleans what killed runs left. */
  void prepare() throws IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new IOException(target + " is a file, not a folder; give -o a folder (it is created when missing)");
    }
    Path parent = parent();
    Files.createDirectories(parent);
    cleanStale(parent);
    if (Files.isDirectory(target)) {
      if (!Files.isWritable(target)) {
        throw new IOException(target + " is read-only");
      }
      cleanStaleFiles(target);
    }
  }

  /** A fresh, empty staging folder next to the target. */
  Path stage() throws IOException {
    return Files.createDirectory(parent().resolve(tempName(false)));
  }

  /**
   * Puts the staged files in place of the target's.
   *
   * @return the files now in the target, sorted
   */
  List<Path> commit(Path staging) throws IOException {
    List<String> names = names(staging);
    if (!wholeFolderIsOurs()) {
      return replaceFileByFile(staging, names);
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        try {
          rename(staging, target);
          return names.stream().map(target::resolve).toList();
        } catch (FileSystemException e) {
          if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw e;
          }
          continue; // another run put its complete set there first; try again
        }
      }
      Path aside = parent().resolve(tempName(true));
      try {
        rename(target, aside);
      } catch (NoSuchFileException raced) {
        continue;
      }
      try {
        rename(staging, target);
      } catch (FileSystemException e) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          rename(aside, target); // a real failure: put the earlier set back and say so
          throw e;
        }
        deleteTree(aside); // another run's complete set got there first
        continue;
      }
      deleteTree(aside);
      return names.stream().map(target::resolve).toList();
    }
    throw new IOException("could not put the reports in place in " + target
        + ": other runs kept replacing the folder at the same time");
  }

  /** Removes a staging folder that will not be committed. */
  static void discard(Path staging) {
    if (staging != null) {
      deleteTree(staging);
    }
  }

  private boolean wholeFolderIsOurs() throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return false; // a symbolic link to a folder stays a link
    }
    try (Stream<Path> entries = Files.list(target)) {
      return entries.allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
          && ownNames.contains(p.getFileName().toString()));
    }
  }

  private List<Path> replaceFileByFile(Path staging, List<String> names) throws IOException {
    List<Path> written = new ArrayList<>();
    try {
      for (String name : names) {
        Path temp = target.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        Files.copy(staging.resolve(name), temp);
        try {
          rename(temp, target.resolve(name));
        } finally {
          Files.deleteIfExists(temp);
        }
        written.add(target.resolve(name));
      }
    } finally {
      deleteTree(staging);
    }
    return written;
  }

  /** Temporaries of runs whose process is gone; a set left aside by a run killed mid-switch comes back. */
  private void cleanStale(Path parent) throws IOException {
    String own = target.getFileName().toString();
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> entries = Files.list(parent)) {
      entries.forEach(p -> {
        Matcher m = TEMPORARY.matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals(own) && !alive(Long.parseLong(m.group(2)))) {
          stale.add(p);
        }
      });
    }
    stale.sort(Comparator.naturalOrder());
    for (Path p : stale) {
      boolean aside = p.getFileName().toString().endsWith("-old.tmp");
      if (aside && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        try {
          rename(p, target);
          continue;
        } catch (IOException raced) {
          // another run restored or wrote one meanwhile; this one is stale then
        }
      }
      deleteTree(p);
    }
  }

  private static void cleanStaleFiles(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.toList()) {
        Matcher m = FILE_TEMPORARY.matcher(p.getFileName().toString());
        if (m.matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !alive(Long.parseLong(m.group(1)))) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static boolean alive(long pid) {
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private Path parent() {
    Path parent = target.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("the output folder cannot be the file system's root: " + target);
    }
    return parent;
  }

  private String tempName(boolean aside) {
    return "." + target.getFileName() + ".autonomy-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
        + (aside ? "-old" : "") + ".tmp";
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a leftover temporary is removed by the next run
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      // same
    }
  }
}
