package nl.autonomy.cli;

import nl.autonomy.ledger.Ledger;
import nl.autonomy.ledger.LedgerException;
import nl.autonomy.ledger.LedgerLocation;
import picocli.CommandLine.Option;

/** {@code --db}: where the ledger is. */
final class LedgerOption {

  @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
      description = "The ledger: a SQLite file or jdbc:postgresql://HOST[:PORT]/DB (default: $AUTONOMY_DB, else "
          + "./autonomy-portfolio.db). Credentials only from AUTONOMY_DB_USER and AUTONOMY_DB_PASSWORD.")
  String db;

  Ledger open() {
    LedgerLocation location;
    try {
      location = LedgerLocation.resolve(db, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "--db: " + e.getMessage(), e);
    }
    try {
      return Ledger.open(location);
    } catch (LedgerException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
  }
}
