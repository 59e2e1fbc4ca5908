package nl.autonomy.core.detect.composer;

import java.util.Locale;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * {@code pkg:composer/<vendor>/<name>@<version>}: Composer names are case-insensitive and
 * lower-cased by Packagist, so they are lower-cased here; the version is kept as the lock writes it.
 */
final class ComposerPurls {

  private ComposerPurls() {
  }

  static String purl(String name, String version) {
    String lower = name.toLowerCase(Locale.ROOT);
    int slash = lower.indexOf('/');
    return PurlFactory.create(Ecosystem.COMPOSER.purlType(), lower.substring(0, slash), lower.substring(slash + 1), version, null);
  }

  static Component.Builder component(String name, String purl, String version) {
    String lower = name.toLowerCase(Locale.ROOT);
    int slash = lower.indexOf('/');
    return PackageSighting.component(Ecosystem.COMPOSER, purl, lower.substring(0, slash), lower.substring(slash + 1),
        version);
  }
}
