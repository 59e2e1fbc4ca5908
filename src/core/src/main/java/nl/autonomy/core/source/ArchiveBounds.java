package nl.autonomy.core.source;

/**
 * How much of a delivered archive Autonomy is willing to read. Real deliveries stay far below
 * these; a zip bomb or a hostile archive does not, and hitting a bound is reported as a problem,
 * never silently.
 *
 * @param maxEntries entries over the whole archive, nested archives included
 * @param maxBytes real (decompressed) bytes read over the whole archive, counted as read, never as
 *     the archive claims
 * @param maxDepth how deep archives inside archives are opened (a WAR in an EAR in a ZIP is 3)
 * @param maxRatio the largest decompressed-to-compressed ratio of one entry larger than
 *     {@link #RATIO_FLOOR} (a zip bomb compresses thousands to one; real text about ten to one)
 */
public record ArchiveBounds(int maxEntries, long maxBytes, int maxDepth, int maxRatio) {

  /** Entries smaller than this are never judged by ratio: a tiny file of blanks is harmless. */
  public static final long RATIO_FLOOR = 1024 * 1024;

  public ArchiveBounds {
    if (maxEntries < 1 || maxBytes < 1 || maxDepth < 1 || maxRatio < 1) {
      throw new IllegalArgumentException("archive bounds must be positive");
    }
  }

  public static ArchiveBounds defaults() {
    return new ArchiveBounds(200_000, 4L * 1024 * 1024 * 1024, 5, 200);
  }

  /** Whether an entry of {@code real} bytes from {@code compressed} bytes is beyond the ratio bound. */
  public boolean ratioExceeded(long real, long compressed) {
    return real > RATIO_FLOOR && compressed > 0 && real / compressed > maxRatio;
  }
}
