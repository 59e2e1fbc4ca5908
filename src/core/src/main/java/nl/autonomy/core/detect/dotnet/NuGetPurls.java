package nl.autonomy.core.detect.dotnet;

import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * {@code pkg:nuget/<Id>@<version>}. NuGet ids are case-insensitive; the id is kept as the lock
 * file (which uses the package's own casing) writes it, and references are matched ignoring case.
 */
final class NuGetPurls {

  private NuGetPurls() {
  }

  static Component.Builder component(String id, String version) {
    String purl = PurlFactory.create(Ecosystem.NUGET.purlType(), null, id, version, null);
    return PackageSighting.component(Ecosystem.NUGET, purl, null, id, version);
  }
}
