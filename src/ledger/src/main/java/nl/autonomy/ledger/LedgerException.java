package nl.autonomy.ledger;

/** The ledger's database could not be opened, read or written; the message names it and why. */
public final class LedgerException extends RuntimeException {

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
