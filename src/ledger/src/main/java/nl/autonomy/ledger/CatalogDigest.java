package nl.autonomy.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.autonomy.core.catalog.CatalogLoader;

/**
 * The {@code sha256:} digest of the catalogs a scan used: the shipped catalog files, then each
 * {@code --catalog} file, in order. Two runs with the same digest judged vendors, services and
 * licenses by the same data.
 */
public final class CatalogDigest {

  private CatalogDigest() {
  }

  public static String of(List<Path> userCatalogs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String resource : CatalogLoader.SHIPPED) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("shipped catalog missing from the class path: " + resource);
          }
          update(digest, resource, in.readAllBytes());
        }
      }
      for (Path p : userCatalogs) {
        update(digest, p.getFileName().toString(), Files.readAllBytes(p));
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("a catalog could not be read for its digest: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /** Name and length before the bytes, so moving bytes from one file to the next changes the digest. */
  private static void update(MessageDigest digest, String name, byte[] bytes) {
    digest.update((name + "\n" + bytes.length + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    digest.update(bytes);
  }
}
