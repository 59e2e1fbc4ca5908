package nl.autonomy.core.sbom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.DigestOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;

/**
 * Serial numbers derived from the content: a name-based (version 5, SHA-1) UUID over the BOM's
 * JSON without serial number and timestamp. The same inventory always gets the same serial
 * number, whenever it is scanned; any change in content gives a new one.
 */
final class SerialNumbers {

  /** The RFC 4122 URL namespace; the name is the BOM's content. */
  private static final UUID NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private SerialNumbers() {
  }

  static String of(Bom bom) {
    String serial = bom.getSerialNumber();
    Date timestamp = bom.getMetadata() == null ? null : bom.getMetadata().getTimestamp();
    bom.setSerialNumber(null);
    if (bom.getMetadata() != null) {
      bom.getMetadata().setTimestamp(null);
    }
    try {
      // streamed into the digest: the text of a large BOM is hundreds of megabytes
      MessageDigest sha1 = sha1();
      sha1.update(namespace());
      try (OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha1)) {
        BomSerialiser.prettyJson(bom, Version.VERSION_16, digest);
      }
      return "urn:uuid:" + uuid(sha1.digest());
    } catch (IOException e) {
      throw new IllegalStateException("the BOM could not be serialised to derive its serial number", e);
    } finally {
      bom.setSerialNumber(serial);
      if (bom.getMetadata() != null) {
        bom.getMetadata().setTimestamp(timestamp);
      }
    }
  }

  static UUID nameBased(String name) {
    MessageDigest sha1 = sha1();
    sha1.update(namespace());
    return uuid(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }

  private static byte[] namespace() {
    return ByteBuffer.allocate(16)
        .putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits()).array();
  }

  private static UUID uuid(byte[] hash) {
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
