package nl.autonomy.core.diff;

import java.io.IOException;
import java.util.Optional;

/**
 * Runs kept by the portfolio ledger, so that {@code autonomy diff} can compare two of them
 * ({@code run:ID}) and the ledger can say what changed since the previous run with the same engine.
 * The ledger implements it; Autonomy without a ledger has none.
 */
public interface StoredRuns {

  /**
   * The stored run with this id, as a {@link DiffInput} of kind {@link InputKind#RUN}.
   *
   * @return empty when there is no such run
   * @throws IOException when the store cannot be read
   */
  Optional<DiffInput> run(String id) throws IOException;
}
