package nl.autonomy.core.model;

import java.util.List;

/**
 * What was delivered, file by file: the identity a contract file records, so that anyone can check
 * later that the bytes judged are the bytes accepted.
 *
 * @param input the delivered file as handed over (an archive or image tarball), or null for a folder
 * @param files every regular file of the delivery (an archive's or image's unpacked content, or the
 *     folder's), sorted by path; links are not followed and the {@code .git} folder is left out
 * @param unread files that could not be read or were left out over the bound, each with why; empty
 *     when every file is listed
 */
public record Delivery(DeliveredFile input, List<DeliveredFile> files, List<String> unread) {

  public Delivery {
    files = files == null ? List.of() : files.stream().sorted().toList();
    unread = unread == null ? List.of() : List.copyOf(unread);
  }

  /** The bytes delivered in all: the input's size, else the files' sum. */
  public long totalBytes() {
    return input != null ? input.size() : files.stream().mapToLong(DeliveredFile::size).sum();
  }
}
