package nl.autonomy.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-1, SHA-256 and SHA-512 of the same bytes in one pass, under their CycloneDX names. SHA-1 is
 * what Maven Central publishes next to every artifact, so it is what a delivered jar is compared
 * with; SHA-256 and SHA-512 are what an SBOM consumer verifies.
 */
public final class Digests {

  public static final String SHA1 = "SHA-1";
  public static final String SHA256 = "SHA-256";
  public static final String SHA512 = "SHA-512";
  private static final String[] ALGORITHMS = {SHA1, SHA256, SHA512};

  private final MessageDigest[] digests = new MessageDigest[ALGORITHMS.length];

  public Digests() {
    try {
      for (int i = 0; i < ALGORITHMS.length; i++) {
        digests[i] = MessageDigest.getInstance(ALGORITHMS[i]);
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1, SHA-256 and SHA-512", e);
    }
  }

  public void update(byte[] bytes, int offset, int length) {
    for (MessageDigest d : digests) {
      d.update(bytes, offset, length);
    }
  }

  /** Algorithm name to lower-case hex. */
  public Map<String, String> finish() {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < ALGORITHMS.length; i++) {
      out.put(ALGORITHMS[i], HexFormat.of().formatHex(digests[i].digest()));
    }
    return out;
  }

  public static Map<String, String> of(byte[] bytes) {
    Digests d = new Digests();
    d.update(bytes, 0, bytes.length);
    return d.finish();
  }

  public static Map<String, String> of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    }
  }

  /** Reads the stream to its end (it is not closed). */
  public static Map<String, String> of(InputStream in) throws IOException {
    Digests d = new Digests();
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      d.update(buffer, 0, n);
    }
    return d.finish();
  }
}
