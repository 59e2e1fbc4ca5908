package nl.autonomy.ledger;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the ledger is: a SQLite file (the default, {@value #DEFAULT_FILE}) or a PostgreSQL database.
 * The database URL comes from {@code --db} or from {@code AUTONOMY_DB} (so a Kubernetes Secret can
 * hold it); user and password only from the environment ({@code AUTONOMY_DB_USER},
 * {@code AUTONOMY_DB_PASSWORD}, or PostgreSQL's own {@code PGUSER}, {@code PGPASSWORD}): never on
 * the command line, where every user of the machine can read them in the process list.
 *
 * @param url the JDBC URL
 * @param user the user, or null
 * @param password the password, or null
 */
public record LedgerLocation(String url, String user, String password) {

  public static final String DEFAULT_FILE = "autonomy-portfolio.db";

  private static final Pattern SECRET_IN_URL = Pattern.compile("(?i)([?&;](password|user)=)|(//[^/@]*:[^/@]*@)");

  public boolean postgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The URL as it may be shown: a SQLite file name or a PostgreSQL URL (which never carries credentials). */
  @Override
  public String toString() {
    return url;
  }

  /**
   * @param option the {@code --db} value: a JDBC URL, a file name, or null for the default
   * @param env the environment
   * @throws IllegalArgumentException for a URL with credentials in it or an unsupported engine
   */
  public static LedgerLocation resolve(String option, Map<String, String> env) {
    String db = option != null ? option : env.get("AUTONOMY_DB");
    if (db == null || db.isBlank()) {
      return sqlite(Path.of(DEFAULT_FILE));
    }
    db = db.strip();
    if (!db.startsWith("jdbc:")) {
      return sqlite(Path.of(db));
    }
    if (db.startsWith("jdbc:sqlite:")) {
      return new LedgerLocation(db, null, null);
    }
    if (db.startsWith("jdbc:postgresql:")) {
      if (SECRET_IN_URL.matcher(db).find()) {
        throw new IllegalArgumentException("the database URL carries a user or password: give them in the environment"
            + " (AUTONOMY_DB_USER, AUTONOMY_DB_PASSWORD), never on the command line");
      }
      return new LedgerLocation(db, first(env, "AUTONOMY_DB_USER", "PGUSER"),
          first(env, "AUTONOMY_DB_PASSWORD", "PGPASSWORD"));
    }
    throw new IllegalArgumentException("unsupported ledger database " + db.split("\\?")[0].toLowerCase(Locale.ROOT)
        + ": use a SQLite file (a path or jdbc:sqlite:FILE) or PostgreSQL (jdbc:postgresql://HOST/DB)");
  }

  public static LedgerLocation sqlite(Path file) {
    return new LedgerLocation("jdbc:sqlite:" + file, null, null);
  }

  private static String first(Map<String, String> env, String... names) {
    for (String n : names) {
      String v = env.get(n);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }
}
