package nl.autonomy.core.detect.image;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Scope;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The rpm packages of an image from rpm's SQLite database ({@code var/lib/rpm/rpmdb.sqlite} on
 * RHEL 9 and Fedora, {@code usr/lib/sysimage/rpm/rpmdb.sqlite} on newer ones): the {@code Packages}
 * table holds one header blob per package. Opened read-only and immutable (a copy in a temporary
 * folder), never written. The older Berkeley DB ({@code Packages}) and ndb ({@code Packages.db})
 * formats are reported as not read.
 */
final class RpmDatabase {

  static boolean isSqlite(String path) {
    return path.equals("var/lib/rpm/rpmdb.sqlite") || path.equals("usr/lib/sysimage/rpm/rpmdb.sqlite");
  }

  static boolean isUnsupported(String path) {
    return path.equals("var/lib/rpm/Packages") || path.equals("var/lib/rpm/Packages.db")
        || path.equals("usr/lib/sysimage/rpm/Packages.db");
  }

  private RpmDatabase() {
  }

  /**
   * The packages; a header that cannot be parsed is named in {@code problems} and skipped.
   *
   * @throws SQLException when the file is not an rpm SQLite database
   */
  static List<Component> read(ImageFile file, Path db, OsRelease os, List<String> problems) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    List<Component> out = new ArrayList<>();
    String url = "jdbc:sqlite:file:" + db.toAbsolutePath() + "?immutable=1";
    try (Connection c = DriverManager.getConnection(url, config.toProperties());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT hnum, blob FROM Packages ORDER BY hnum")) {
      while (rows.next()) {
        long hnum = rows.getLong(1);
        RpmHeader h;
        try {
          h = RpmHeader.parse(rows.getBytes(2));
        } catch (IllegalArgumentException e) {
          problems.add(file.shown() + ": package " + hnum + " cannot be read: " + e.getMessage());
          continue;
        }
        Component c1 = component(file, h, os, hnum);
        if (c1 != null) {
          out.add(c1);
        }
      }
    }
    return out;
  }

  private static Component component(ImageFile file, RpmHeader h, OsRelease os, long hnum) {
    String name = h.string(RpmHeader.NAME);
    String version = h.string(RpmHeader.VERSION);
    if (name == null || version == null || name.equals("gpg-pubkey")) {
      return null; // gpg-pubkey entries are imported signing keys, not software
    }
    String release = h.string(RpmHeader.RELEASE);
    String full = release == null ? version : version + "-" + release;
    Map<String, String> q = new TreeMap<>();
    put(q, "arch", h.string(RpmHeader.ARCH));
    Integer epoch = h.integer(RpmHeader.EPOCH);
    if (epoch != null && epoch != 0) {
      q.put("epoch", epoch.toString());
    }
    put(q, "distro", os.distro());
    put(q, "upstream", h.string(RpmHeader.SOURCERPM));
    String purl = PurlFactory.create(Ecosystem.RPM.purlType(), os.namespace(null), name, full, q);
    String vendor = h.string(RpmHeader.VENDOR);
    Component.Builder b = PackageSighting.component(Ecosystem.RPM, purl, null, name, full)
        .direct(true).scope(Scope.RUNTIME)
        .organization(vendor != null ? new Organization(vendor, h.string(RpmHeader.URL))
            : OsPackages.maintainer(h.string(RpmHeader.PACKAGER), h.string(RpmHeader.URL)))
        .property(PropertyNames.IMAGE_LAYER, file.layer())
        .evidence(new Evidence(ImageDetector.ID, EvidenceKind.CONTAINER, file.at(0),
            "Packages #" + hnum + ": " + name + " " + full, 1.0, Scope.RUNTIME));
    String license = h.string(RpmHeader.LICENSE);
    if (license != null && !license.isBlank()) {
      b.declaredLicense(OsPackages.license(license));
    }
    return b.build();
  }

  private static void put(Map<String, String> q, String key, String value) {
    if (value != null && !value.isBlank()) {
      q.put(key, value);
    }
  }
}
