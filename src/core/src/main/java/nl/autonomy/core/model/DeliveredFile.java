package nl.autonomy.core.model;

import java.util.Objects;

/**
 * One file of a delivery, identified by its bytes.
 *
 * @param path where it lies in the delivery ({@code /}-separated), or the delivered file's own name
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 */
public record DeliveredFile(String path, long size, String sha256) implements Comparable<DeliveredFile> {

  public DeliveredFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }

  @Override
  public int compareTo(DeliveredFile o) {
    return path.compareTo(o.path);
  }
}
