package nl.autonomy.core.detect.npm;

import java.util.Optional;

/**
 * What a yarn.lock entry resolved to. Classic entries name the version and tarball; Berry entries a
 * {@code resolution} ({@code name@npm:1.2.3}, {@code name@workspace:path}, a git URL, a patch of
 * another locator). Berry's {@code checksum} hashes Yarn's own zip archive, not the npm tarball, so it
 * is not kept as the package's hash.
 *
 * @param installed the package
 * @param workspace whether it is one of the project's own workspaces
 */
record YarnPackage(NpmPackages.Installed installed, boolean workspace) {

  static Optional<YarnPackage> of(YarnLockParser.Entry e) {
    if (e.descriptors().isEmpty() || e.descriptors().get(0).equals("__metadata")) {
      return Optional.empty();
    }
    String descriptor = e.descriptors().get(0);
    String installedAs = nameOf(descriptor);
    String version = e.fields().get("version");
    String resolution = e.fields().get("resolution");
    String resolved = e.fields().get("resolved");
    String real = installedAs;
    String integrity = e.fields().get("integrity");
    boolean workspace = false;
    if (resolution != null) {
      real = nameOf(resolution);
      String reference = resolution.substring(Math.min(resolution.length(), real.length() + 1));
      workspace = reference.startsWith("workspace:");
      if (NpmPackages.isGit(reference) || reference.contains(".git#")) {
        resolved = berryGit(reference);
      } else if (reference.startsWith("file:") || reference.startsWith("link:") || reference.startsWith("portal:")) {
        resolved = reference;
      }
    } else {
      String range = descriptor.substring(Math.min(descriptor.length(), installedAs.length() + 1));
      if (range.startsWith("npm:")) {
        real = nameOf(range.substring(4));
      }
    }
    if (version == null) {
      return Optional.empty();
    }
    return Optional.of(new YarnPackage(new NpmPackages.Installed(real, version, resolved, integrity, null,
        real.equals(installedAs) ? null : installedAs), workspace));
  }

  /** The package name of a descriptor or locator: up to the {@code @} that follows it. */
  static String nameOf(String descriptor) {
    int at = descriptor.indexOf('@', descriptor.startsWith("@") ? 1 : 0);
    return at <= 0 ? descriptor : descriptor.substring(0, at);
  }

  /** Berry's {@code https://host/repo.git#commit=sha} in npm's spelling, {@code git+https://host/repo.git#sha}. */
  static String berryGit(String reference) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*)#(?:.*&)?commit=([0-9a-fA-F]+).*$")
        .matcher(reference);
    if (!m.matches()) {
      return reference;
    }
    String url = m.group(1);
    return (url.startsWith("git+") || url.startsWith("git:") ? url : "git+" + url) + "#" + m.group(2);
  }
}
