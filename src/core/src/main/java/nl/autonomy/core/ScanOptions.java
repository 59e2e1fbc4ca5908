package nl.autonomy.core;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * How to collect.
 *
 * @param offline use only the local repository; make no network request at all
 * @param settingsFile a Maven settings.xml to use instead of the user's, or null
 * @param localRepository the Maven local repository to use, or null for the settings' one
 * @param hashes download artifacts to add SHA-256 and SHA-512 hashes
 * @param maxFileSize files larger than this are not read (counted as skipped)
 * @param timestamp the scan's time ({@code SOURCE_DATE_EPOCH} when set), used in every output
 * @param catalogFiles user catalog files that extend or override the shipped catalogs by id
 * @param mavenUserProperties Maven user properties given by the user ({@code mvn -D K=V}): they
 *     override those of a project's {@code .mvn/maven.config}, as on Maven's command line
 * @param mavenProfiles Maven profiles the user activates ({@code id}) or deactivates ({@code !id}),
 *     added to those of {@code .mvn/maven.config}, as {@code mvn -P} does
 * @param sharedSources catalogs and policies the front end fetched from git ({@code git+…}), to be
 *     recorded with commit and digest in every report
 */
public record ScanOptions(
    boolean offline, Path settingsFile, Path localRepository, boolean hashes, long maxFileSize,
    Instant timestamp, java.util.List<Path> catalogFiles, java.util.Map<String, String> mavenUserProperties,
    java.util.List<String> mavenProfiles, java.util.List<nl.autonomy.core.model.SharedSource> sharedSources) {

  /** Options without shared sources. */
  public ScanOptions(boolean offline, Path settingsFile, Path localRepository, boolean hashes, long maxFileSize,
      Instant timestamp, java.util.List<Path> catalogFiles, java.util.Map<String, String> mavenUserProperties,
      java.util.List<String> mavenProfiles) {
    this(offline, settingsFile, localRepository, hashes, maxFileSize, timestamp, catalogFiles, mavenUserProperties,
        mavenProfiles, null);
  }

  /** Large enough for real lockfiles (a 50 MB package-lock.json), small enough to bound a scan. */
  public static final long DEFAULT_MAX_FILE_SIZE = 64L * 1024 * 1024;

  public ScanOptions {
    Objects.requireNonNull(timestamp, "timestamp");
    catalogFiles = catalogFiles == null ? java.util.List.of() : java.util.List.copyOf(catalogFiles);
    // sorted, so that equal options are equal and every use sees one order
    mavenUserProperties = mavenUserProperties == null ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(mavenUserProperties));
    mavenProfiles = mavenProfiles == null ? java.util.List.of() : java.util.List.copyOf(mavenProfiles);
    sharedSources = sharedSources == null ? java.util.List.of() : java.util.List.copyOf(sharedSources);
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
  }

  /** Options without Maven user properties or profiles. */
  public ScanOptions(boolean offline, Path settingsFile, Path localRepository, boolean hashes, long maxFileSize,
      Instant timestamp, java.util.List<Path> catalogFiles) {
    this(offline, settingsFile, localRepository, hashes, maxFileSize, timestamp, catalogFiles, null, null);
  }

  public static ScanOptions defaults() {
    return new ScanOptions(false, null, null, false, DEFAULT_MAX_FILE_SIZE, Timestamps.now(), null);
  }

  public ScanOptions withOffline(boolean value) {
    return new ScanOptions(value, settingsFile, localRepository, hashes, maxFileSize, timestamp, catalogFiles,
        mavenUserProperties, mavenProfiles, sharedSources);
  }

  public ScanOptions withLocalRepository(Path value) {
    return new ScanOptions(offline, settingsFile, value, hashes, maxFileSize, timestamp, catalogFiles,
        mavenUserProperties, mavenProfiles, sharedSources);
  }

  public ScanOptions withSettingsFile(Path value) {
    return new ScanOptions(offline, value, localRepository, hashes, maxFileSize, timestamp, catalogFiles,
        mavenUserProperties, mavenProfiles, sharedSources);
  }

  public ScanOptions withHashes(boolean value) {
    return new ScanOptions(offline, settingsFile, localRepository, value, maxFileSize, timestamp, catalogFiles,
        mavenUserProperties, mavenProfiles, sharedSources);
  }

  public ScanOptions withMaxFileSize(long value) {
    return new ScanOptions(offline, settingsFile, localRepository, hashes, value, timestamp, catalogFiles,
        mavenUserProperties, mavenProfiles, sharedSources);
  }

  public ScanOptions withTimestamp(Instant value) {
    return new ScanOptions(offline, settingsFile, localRepository, hashes, maxFileSize, value, catalogFiles,
        mavenUserProperties, mavenProfiles, sharedSources);
  }

  public ScanOptions withCatalogFiles(java.util.List<Path> value) {
    return new ScanOptions(offline, settingsFile, localRepository, hashes, maxFileSize, timestamp, value,
        mavenUserProperties, mavenProfiles, sharedSources);
  }

  public ScanOptions withMavenUserProperties(java.util.Map<String, String> value) {
    return new ScanOptions(offline, settingsFile, localRepository, hashes, maxFileSize, timestamp, catalogFiles,
        value, mavenProfiles, sharedSources);
  }

  public ScanOptions withMavenProfiles(java.util.List<String> value) {
    return new ScanOptions(offline, settingsFile, localRepository, hashes, maxFileSize, timestamp, catalogFiles,
        mavenUserProperties, value, sharedSources);
  }

  public ScanOptions withSharedSources(java.util.List<nl.autonomy.core.model.SharedSource> value) {
    return new ScanOptions(offline, settingsFile, localRepository, hashes, maxFileSize, timestamp, catalogFiles,
        mavenUserProperties, mavenProfiles, value);
  }
}
