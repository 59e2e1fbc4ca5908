package nl.autonomy.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Package ecosystems Autonomy knows, each named by its purl type. */
public enum Ecosystem implements Identified {
  MAVEN("maven"),
  NPM("npm"),
  PYPI("pypi"),
  NUGET("nuget"),
  GOLANG("golang"),
  COMPOSER("composer"),
  GEM("gem"),
  CARGO("cargo"),
  OCI("oci"),
  /** Debian and Ubuntu packages, from dpkg's database in a container image. */
  DEB("deb"),
  /** Alpine packages, from apk's database in a container image. */
  APK("apk"),
  /** RPM packages (Fedora, RHEL, SUSE), from the rpm database in a container image. */
  RPM("rpm"),
  DOCKER("docker"),
  HELM("helm"),
  GITHUB("github"),
  TERRAFORM("terraform"),
  GENERIC("generic");

  private final String purlType;

  Ecosystem(String purlType) {
    this.purlType = purlType;
  }

  public String purlType() {
    return purlType;
  }

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Ecosystem> fromPurlType(String type) {
    return Arrays.stream(values()).filter(e -> e.purlType.equalsIgnoreCase(type)).findFirst();
  }
}
