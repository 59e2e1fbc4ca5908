package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.model.DeliveredFile;
import nl.autonomy.core.model.Delivery;
import nl.autonomy.core.text.IoReasons;

/**
 * Lists and hashes every file of a delivery for the contract file: the archive or image as handed
 * over, and every regular file it unpacks to (or the folder holds). Unlike the scan's walk, no
 * folder is skipped (a {@code target/} or {@code node_modules/} in a delivery is delivered too),
 * except {@code .git}; no link is followed. Hashing reads every byte, so it is done only when a
 * report that shows it is asked for.
 */
public final class DeliveryFiles {

  /** More files than this are counted but not listed: no contract annex lists a million lines. */
  public static final int MAX_FILES = 100_000;

  private DeliveryFiles() {
  }

  /**
   * @param source the prepared source (its root still on disk)
   * @param input the delivered file as the user named it, when the source is an archive or image
   */
  public static Delivery of(ScanSource source, Path input) {
    List<String> unread = new ArrayList<>();
    DeliveredFile top = null;
    if (input != null && Files.isRegularFile(input)) {
      try {
        top = file(input.getFileName().toString(), input);
      } catch (IOException e) {
        unread.add(input.getFileName() + ": " + IoReasons.of(e));
      }
    }
    List<DeliveredFile> files = new ArrayList<>();
    Path root = source.root();
    int[] over = {0};
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(root)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
          }
          String path = root.relativize(file).toString().replace('\\', '/');
          if (files.size() >= MAX_FILES) {
            over[0]++;
            return FileVisitResult.CONTINUE;
          }
          try {
            files.add(file(path, file));
          } catch (IOException e) {
            unread.add(path + ": " + IoReasons.of(e));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          unread.add(root.relativize(file).toString().replace('\\', '/') + ": " + IoReasons.of(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      unread.add(". : " + IoReasons.of(e));
    }
    if (over[0] > 0) {
      unread.add(over[0] + " more files, beyond the " + MAX_FILES + " listed");
    }
    return new Delivery(top, files, unread);
  }

  private static DeliveredFile file(String path, Path file) throws IOException {
    java.security.MessageDigest sha256;
    try {
      sha256 = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    long size = 0;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha256.update(buffer, 0, n);
        size += n;
      }
    }
    return new DeliveredFile(path, size, java.util.HexFormat.of().formatHex(sha256.digest()));
  }
}
